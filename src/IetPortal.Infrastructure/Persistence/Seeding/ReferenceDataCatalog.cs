using IetPortal.Domain.ReferenceData;

namespace IetPortal.Infrastructure.Persistence.Seeding;

// Reference data used to seed a new IetPortal database. These are public facts gathered for the seed from
// WTCS, Wisconsin DWD, local workforce board, college and BLS SOC pages. They are a starting point only:
// administrators can edit every value in the portal, and nothing here should be treated as a hard-coded rule.
// Where confidence is low a comment says so; verify those values before production use.

/// <summary>A WTCS technical college district.</summary>
public sealed record CollegeSeed(
    string Code,
    string Name,
    string City,
    string Counties,
    string Website,
    string ContactEmail,
    string ContactPhone,
    int[] WorkforceAreaNumbers);

/// <summary>A Wisconsin Workforce Development Area (WDA) and its local board.</summary>
public sealed record WorkforceAreaSeed(
    int Number,
    string Name,
    string BoardName,
    string? Counties,
    string? PlanPrioritySectors,
    string? PlanPriorityOccupations);

/// <summary>A career cluster and the framework it belongs to.</summary>
public sealed record ClusterSeed(string Name, string FrameworkVersion);

/// <summary>A 2018 SOC occupation and the WDAs whose plans plausibly list it as in demand.</summary>
public sealed record OccupationSeed(string SocCode, string Title, int[] InDemandWorkforceAreaNumbers);

/// <summary>A rung of a career pathway; steps are listed from entry upward.</summary>
public sealed record StepSeed(string Title, string Description);

/// <summary>A credential on a pathway; <see cref="StepIndex"/> is the 0-based step where it is earned.</summary>
public sealed record CredentialSeed(
    string Name,
    string Issuer,
    CredentialType Type,
    string? WtcsProgramNumber,
    int StepIndex);

/// <summary>A career pathway with ordered steps, credentials and the SOC codes it leads to.</summary>
public sealed record PathwaySeed(
    string Name,
    string Description,
    string ClusterName,
    StepSeed[] Steps,
    CredentialSeed[] Credentials,
    string[] SocCodes);

public static class ReferenceDataCatalog
{
    private const string Dhs = "Wisconsin Department of Health Services";
    private const string Dsps = "Wisconsin Department of Safety and Professional Services";
    private const string WisDot = "Wisconsin Department of Transportation";
    private const string Bas = "Wisconsin Department of Workforce Development, Bureau of Apprenticeship Standards";
    private const string Nims = "National Institute for Metalworking Skills (NIMS)";
    private const string Aws = "American Welding Society (AWS)";
    private const string CompTia = "CompTIA";
    private const string Osha = "U.S. Department of Labor, Occupational Safety and Health Administration (OSHA)";
    private const string WtcsCollege = "WTCS technical college";

    /// <summary>
    /// The 16 WTCS colleges. Counties are the main counties of each district ("all or part of"; district lines
    /// do not follow county lines, so several counties are only partly served). Workforce area numbers are
    /// derived from those counties and the WDA table. Contact emails are generic addresses on each college's
    /// domain and must be confirmed by an administrator; phone numbers are the published main lines as we
    /// know them (moderate confidence, verify).
    /// </summary>
    public static IReadOnlyList<CollegeSeed> Colleges { get; } =
    [
        new(
            "BTC",
            "Blackhawk Technical College",
            "Janesville",
            "Rock, Green",
            "https://www.blackhawk.edu",
            "info@blackhawk.edu",
            "(608) 758-6900",
            [11]),
        new(
            "CVTC",
            "Chippewa Valley Technical College",
            "Eau Claire",
            "Buffalo, Chippewa, Clark, Dunn, Eau Claire, Jackson, Pepin, Pierce, St. Croix, Trempealeau",
            "https://www.cvtc.edu",
            "info@cvtc.edu",
            "(715) 833-6200",
            [8, 9]),
        new(
            "FVTC",
            "Fox Valley Technical College",
            "Appleton",
            "Calumet, Outagamie, Waupaca, Waushara, Winnebago",
            "https://www.fvtc.edu",
            "info@fvtc.edu",
            "(920) 735-5600",
            [4, 5]),
        new(
            "GTC",
            "Gateway Technical College",
            "Kenosha",
            "Kenosha, Racine, Walworth",
            "https://www.gtc.edu",
            "info@gtc.edu",
            "(262) 564-2200",
            [1]),
        new(
            "LTC",
            "Lakeshore Technical College",
            "Cleveland",
            "Manitowoc, Sheboygan",
            "https://gotoltc.edu",
            "info@gotoltc.edu",
            "(920) 693-1000",
            [5]),
        // Madison College describes itself as a 12-county district; Green, Iowa, Richland and Rock are partial.
        new(
            "MADISON",
            "Madison Area Technical College (Madison College)",
            "Madison",
            "Adams, Columbia, Dane, Dodge, Green, Iowa, Jefferson, Juneau, Marquette, Richland, Rock, Sauk",
            "https://madisoncollege.edu",
            "info@madisoncollege.edu",
            "(608) 246-6100",
            [6, 9, 10, 11]),
        new(
            "MSTC",
            "Mid-State Technical College",
            "Wisconsin Rapids",
            "Adams, Juneau, Marathon, Portage, Waushara, Wood",
            "https://www.mstc.edu",
            "info@mstc.edu",
            "(715) 422-5300",
            [4, 6, 9]),
        new(
            "MATC",
            "Milwaukee Area Technical College",
            "Milwaukee",
            "Milwaukee, Ozaukee, Washington, Waukesha",
            "https://www.matc.edu",
            "info@matc.edu",
            "(414) 297-6282",
            [2, 3]),
        new(
            "MPTC",
            "Moraine Park Technical College",
            "Fond du Lac",
            "Dodge, Fond du Lac, Green Lake, Washington",
            "https://www.morainepark.edu",
            "info@morainepark.edu",
            "(920) 922-8611",
            [3, 4, 10]),
        // Forest, Oneida and Vilas in full; Florence, Iron, Langlade, Lincoln and Price in part.
        new(
            "NICOLET",
            "Nicolet College",
            "Rhinelander",
            "Forest, Oneida, Vilas, Florence, Iron, Langlade, Lincoln, Price",
            "https://www.nicoletcollege.edu",
            "info@nicoletcollege.edu",
            "(715) 365-4410",
            [5, 6, 7]),
        new(
            "NTC",
            "Northcentral Technical College",
            "Wausau",
            "Langlade, Lincoln, Marathon, Menominee, Price, Shawano, Taylor",
            "https://www.ntc.edu",
            "info@ntc.edu",
            "(715) 675-3331",
            [5, 6, 7]),
        new(
            "NWTC",
            "Northeast Wisconsin Technical College",
            "Green Bay",
            "Brown, Door, Florence, Kewaunee, Marinette, Oconto, Shawano",
            "https://www.nwtc.edu",
            "info@nwtc.edu",
            "(920) 498-5444",
            [5]),
        // Formerly Wisconsin Indianhead Technical College (WITC). City is the district administrative office;
        // campuses are in Ashland, New Richmond, Rice Lake and Superior. Phone is the former WITC toll-free
        // line (low confidence that it is still the main number).
        new(
            "NORTHWOOD",
            "Northwood Technical College",
            "Shell Lake",
            "Ashland, Barron, Bayfield, Burnett, Douglas, Iron, Polk, Rusk, Sawyer, St. Croix, Washburn",
            "https://www.northwoodtech.edu",
            "info@northwoodtech.edu",
            "(800) 243-9482",
            [7, 8]),
        new(
            "SWTC",
            "Southwest Wisconsin Technical College",
            "Fennimore",
            "Crawford, Grant, Iowa, Lafayette, Richland",
            "https://www.swtc.edu",
            "info@swtc.edu",
            "(608) 822-3262",
            [9, 11]),
        new(
            "WCTC",
            "Waukesha County Technical College",
            "Pewaukee",
            "Waukesha",
            "https://www.wctc.edu",
            "info@wctc.edu",
            "(262) 691-5566",
            [3]),
        new(
            "WTC",
            "Western Technical College",
            "La Crosse",
            "Buffalo, Crawford, Jackson, Juneau, La Crosse, Monroe, Trempealeau, Vernon",
            "https://www.westerntc.edu",
            "info@westerntc.edu",
            "(608) 785-9200",
            [9]),
    ];

    /// <summary>
    /// Wisconsin's 11 Workforce Development Areas. WDA 1 counties are inferred and WDA 4 counties unverified
    /// in our source notes. WDA 7 counties come from the board's own area listing; WDA 8 counties are the
    /// remaining counties of the state once the other ten areas are placed (consistent with West Central
    /// Wisconsin regional listings). Plan priority sectors and occupations are illustrative of themes common
    /// in Wisconsin local WIOA plans, NOT transcribed from each board's current plan: low confidence, replace
    /// them with the current local plan's lists before relying on them.
    /// </summary>
    public static IReadOnlyList<WorkforceAreaSeed> WorkforceAreas { get; } =
    [
        new(
            1,
            "Southeast Wisconsin",
            "Workforce Development Board of Southeast Wisconsin",
            "Kenosha, Racine, Walworth",
            "Advanced Manufacturing, Healthcare, Transportation and Logistics, Construction, Information Technology",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, Welders, "
                + "CNC Tool Operators, Machinists, Team Assemblers, Industrial Machinery Mechanics, "
                + "Maintenance and Repair Workers, Heavy and Tractor-Trailer Truck Drivers, Light Truck Drivers"),
        new(
            2,
            "Milwaukee County",
            "Employ Milwaukee",
            "Milwaukee",
            "Healthcare, Advanced Manufacturing, Information Technology, Construction, Transportation and Logistics, "
                + "Hospitality",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, "
                + "Medical Secretaries, Computer User Support Specialists, Computer Network Support Specialists, "
                + "Network and Computer Systems Administrators, Childcare Workers, Preschool Teachers, "
                + "Light Truck Drivers"),
        new(
            3,
            "Waukesha-Ozaukee-Washington",
            "Waukesha-Ozaukee-Washington (WOW) Workforce Development Board",
            "Waukesha, Ozaukee, Washington",
            "Advanced Manufacturing, Healthcare, Information Technology, Finance and Insurance, Construction, "
                + "Transportation and Logistics",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, Welders, "
                + "CNC Tool Operators, CNC Tool Programmers, Machinists, Industrial Machinery Mechanics, "
                + "Computer User Support Specialists, Computer Network Support Specialists, "
                + "Heavy and Tractor-Trailer Truck Drivers"),
        new(
            4,
            "Fox Valley",
            "Fox Valley Workforce Development Board",
            "Calumet, Fond du Lac, Green Lake, Waupaca, Waushara, Winnebago",
            "Advanced Manufacturing, Healthcare, Construction, Transportation and Logistics, "
                + "Agriculture and Food Processing",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, Welders, "
                + "Structural Metal Fabricators and Fitters, CNC Tool Operators, Machinists, Team Assemblers, "
                + "Industrial Machinery Mechanics, Heavy and Tractor-Trailer Truck Drivers"),
        new(
            5,
            "Bay Area",
            "Bay Area Workforce Development Board",
            "Brown, Door, Florence, Kewaunee, Manitowoc, Marinette, Menominee, Oconto, Outagamie, Shawano, Sheboygan",
            "Advanced Manufacturing, Healthcare, Construction, Transportation and Logistics, "
                + "Agriculture and Food Processing, Paper and Forest Products",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, Welders, "
                + "Structural Metal Fabricators and Fitters, CNC Tool Operators, Machinists, Team Assemblers, "
                + "Industrial Machinery Mechanics, Heavy and Tractor-Trailer Truck Drivers, Childcare Workers"),
        new(
            6,
            "North Central Wisconsin",
            "North Central Wisconsin Workforce Development Board",
            "Adams, Forest, Langlade, Lincoln, Marathon, Oneida, Portage, Vilas, Wood",
            "Advanced Manufacturing, Healthcare, Transportation and Logistics, Information Technology, Construction, "
                + "Tourism and Hospitality",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, Welders, "
                + "Structural Metal Fabricators and Fitters, CNC Tool Operators, Machinists, "
                + "Industrial Machinery Mechanics, Heavy and Tractor-Trailer Truck Drivers, Childcare Workers"),
        new(
            7,
            "Northwest Wisconsin",
            "Northwest Wisconsin Workforce Investment Board",
            "Ashland, Bayfield, Burnett, Douglas, Iron, Price, Rusk, Sawyer, Taylor, Washburn",
            "Healthcare, Construction, Forest Products and Wood Manufacturing, Transportation and Logistics, "
                + "Agriculture and Local Foods, Tourism and Hospitality",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, "
                + "Heavy and Tractor-Trailer Truck Drivers, Maintenance and Repair Workers, Childcare Workers"),
        new(
            8,
            "West Central Wisconsin",
            "West Central Wisconsin Workforce Development Board (West Central Works)",
            "Barron, Chippewa, Clark, Dunn, Eau Claire, Pepin, Pierce, Polk, St. Croix",
            "Healthcare, Advanced Manufacturing, Construction, Transportation and Logistics, Information Technology, "
                + "Agriculture and Food Processing",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Welders, CNC Tool Operators, "
                + "Machinists, Industrial Machinery Mechanics, Heavy and Tractor-Trailer Truck Drivers"),
        new(
            9,
            "Western Wisconsin",
            "Western Wisconsin Workforce Development Board",
            "Buffalo, Crawford, Jackson, Juneau, La Crosse, Monroe, Trempealeau, Vernon",
            "Healthcare, Advanced Manufacturing, Transportation and Logistics, Agriculture and Food Processing, "
                + "Construction",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Industrial Machinery Mechanics, "
                + "Maintenance and Repair Workers, Heavy and Tractor-Trailer Truck Drivers, Childcare Workers"),
        new(
            10,
            "South Central Wisconsin",
            "Workforce Development Board of South Central Wisconsin",
            "Columbia, Dane, Dodge, Jefferson, Marquette, Sauk",
            "Healthcare, Information Technology, Advanced Manufacturing, Construction, Biosciences, "
                + "Agriculture and Food Processing",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Medical Assistants, "
                + "Medical Secretaries, Computer User Support Specialists, Computer Network Support Specialists, "
                + "Network and Computer Systems Administrators, Childcare Workers, Preschool Teachers, "
                + "Heavy and Tractor-Trailer Truck Drivers"),
        new(
            11,
            "Southwest Wisconsin",
            "Southwest Wisconsin Workforce Development Board",
            "Grant, Green, Iowa, Lafayette, Richland, Rock",
            "Advanced Manufacturing, Healthcare, Agriculture and Food Processing, Transportation and Logistics, "
                + "Construction",
            "Registered Nurses, Licensed Practical Nurses, Nursing Assistants, Machinists, "
                + "Maintenance and Repair Workers, Heavy and Tractor-Trailer Truck Drivers, Childcare Workers"),
    ];

    /// <summary>The 16 National Career Clusters (2002) and the 14 clusters of the Advance CTE 2024 framework.</summary>
    public static IReadOnlyList<ClusterSeed> Clusters { get; } =
    [
        new("Agriculture, Food and Natural Resources", CareerCluster.NationalCareerClusters2002),
        new("Architecture and Construction", CareerCluster.NationalCareerClusters2002),
        new("Arts, A/V Technology and Communications", CareerCluster.NationalCareerClusters2002),
        new("Business, Management and Administration", CareerCluster.NationalCareerClusters2002),
        new("Education and Training", CareerCluster.NationalCareerClusters2002),
        new("Finance", CareerCluster.NationalCareerClusters2002),
        new("Government and Public Administration", CareerCluster.NationalCareerClusters2002),
        new("Health Science", CareerCluster.NationalCareerClusters2002),
        new("Hospitality and Tourism", CareerCluster.NationalCareerClusters2002),
        new("Human Services", CareerCluster.NationalCareerClusters2002),
        new("Information Technology", CareerCluster.NationalCareerClusters2002),
        new("Law, Public Safety, Corrections and Security", CareerCluster.NationalCareerClusters2002),
        new("Manufacturing", CareerCluster.NationalCareerClusters2002),
        new("Marketing, Sales and Service", CareerCluster.NationalCareerClusters2002),
        new("Science, Technology, Engineering and Mathematics", CareerCluster.NationalCareerClusters2002),
        new("Transportation, Distribution and Logistics", CareerCluster.NationalCareerClusters2002),
        new("Advanced Manufacturing", CareerCluster.AdvanceCte2024),
        new("Agriculture", CareerCluster.AdvanceCte2024),
        new("Arts, Entertainment & Design", CareerCluster.AdvanceCte2024),
        new("Construction", CareerCluster.AdvanceCte2024),
        new("Digital Technology", CareerCluster.AdvanceCte2024),
        new("Education", CareerCluster.AdvanceCte2024),
        new("Energy & Natural Resources", CareerCluster.AdvanceCte2024),
        new("Financial Services", CareerCluster.AdvanceCte2024),
        new("Healthcare & Human Services", CareerCluster.AdvanceCte2024),
        new("Hospitality, Events & Tourism", CareerCluster.AdvanceCte2024),
        new("Management & Entrepreneurship", CareerCluster.AdvanceCte2024),
        new("Marketing & Sales", CareerCluster.AdvanceCte2024),
        new("Public Service & Safety", CareerCluster.AdvanceCte2024),
        new("Supply Chain & Transportation", CareerCluster.AdvanceCte2024),
    ];

    /// <summary>
    /// Every SOC code the pathways reference, with its 2018 SOC title. The in-demand WDA numbers are plausible
    /// plan priorities (healthcare and trucking nearly statewide, metal trades in manufacturing-heavy areas, IT in
    /// the Milwaukee, WOW and Dane County areas): low confidence, check each board's current local plan.
    /// </summary>
    public static IReadOnlyList<OccupationSeed> Occupations { get; } =
    [
        // Health Science
        new("31-1131", "Nursing Assistants", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        new("29-2061", "Licensed Practical and Licensed Vocational Nurses", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        new("29-1141", "Registered Nurses", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        new("31-9092", "Medical Assistants", [1, 2, 3, 4, 5, 6, 10]),
        new("43-6013", "Medical Secretaries and Administrative Assistants", [2, 10]),

        // Manufacturing: welding
        new("51-4121", "Welders, Cutters, Solderers, and Brazers", [1, 3, 4, 5, 6, 8]),
        new("51-4122", "Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders", [3, 4, 5]),
        new("51-2041", "Structural Metal Fabricators and Fitters", [4, 5, 6]),

        // Manufacturing: machining
        new("51-9161", "Computer Numerically Controlled Tool Operators", [1, 3, 4, 5, 6, 8]),
        new("51-9162", "Computer Numerically Controlled Tool Programmers", [3, 4, 5]),
        new("51-4041", "Machinists", [1, 3, 4, 5, 6, 8, 11]),

        // Manufacturing: production and maintenance
        new("51-2092", "Team Assemblers", [1, 4, 5]),
        new("51-9061", "Inspectors, Testers, Sorters, Samplers, and Weighers", [3, 4, 5]),
        new("49-9041", "Industrial Machinery Mechanics", [1, 3, 4, 5, 6, 8, 9]),
        new("49-9071", "Maintenance and Repair Workers, General", [1, 7, 9, 11]),

        // Information Technology
        new("15-1232", "Computer User Support Specialists", [2, 3, 10]),
        new("15-1231", "Computer Network Support Specialists", [2, 3, 10]),
        new("15-1244", "Network and Computer Systems Administrators", [2, 10]),

        // Transportation, Distribution and Logistics
        new("53-3032", "Heavy and Tractor-Trailer Truck Drivers", [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        new("53-3033", "Light Truck Drivers", [1, 2]),

        // Education and Training
        new("39-9011", "Childcare Workers", [2, 5, 6, 7, 9, 10, 11]),
        new("25-2011", "Preschool Teachers, Except Special Education", [2, 10]),
        new("11-9031", "Education and Childcare Administrators, Preschool and Daycare", [2, 10]),
    ];

    /// <summary>
    /// Wisconsin-style career pathways, entry step first. WTCS program numbers are given only where we are
    /// confident they are the system-wide numbers (31-543-1, 10-543-1 and 30-543-1 seen on college program
    /// pages; 10-307-1 and 31-307-1 likewise); others are null for an administrator to fill in, because local
    /// titles and numbers for those programs vary by college.
    /// </summary>
    public static IReadOnlyList<PathwaySeed> Pathways { get; } =
    [
        new(
            "Nursing: Nursing Assistant to Practical Nurse to Registered Nurse",
            "Stackable WTCS nursing ladder: a short Nursing Assistant program leads to the state nurse aide "
                + "registry, the one-year Practical Nursing diploma (NCLEX-PN) and the Nursing associate degree "
                + "(NCLEX-RN). The Practical Nursing diploma is the first year of the associate degree.",
            "Health Science",
            [
                new(
                    "Nursing Assistant (CNA)",
                    "About 120 hours of classroom, lab and clinical training in a DHS-approved nurse aide program, "
                        + "then the Wisconsin nurse aide competency evaluation."),
                new(
                    "Practical Nursing (LPN)",
                    "One-year technical diploma; graduates take the NCLEX-PN and can continue into the third "
                        + "semester of the associate degree."),
                new(
                    "Associate Degree Nursing (RN)",
                    "Two-year Nursing associate degree; graduates take the NCLEX-RN."),
            ],
            [
                new("Nursing Assistant", WtcsCollege, CredentialType.WtcsTechnicalDiploma, "30-543-1", 0),
                new("Wisconsin Nurse Aide Registry listing", Dhs, CredentialType.License, null, 0),
                new("Practical Nursing", WtcsCollege, CredentialType.WtcsTechnicalDiploma, "31-543-1", 1),
                new("Licensed Practical Nurse license (NCLEX-PN)", Dsps, CredentialType.License, null, 1),
                new("Nursing", WtcsCollege, CredentialType.WtcsAssociateDegree, "10-543-1", 2),
                new("Registered Nurse license (NCLEX-RN)", Dsps, CredentialType.License, null, 2),
            ],
            ["31-1131", "29-2061", "29-1141"]),

        new(
            "Welding",
            "From short-term welding fundamentals to the one-year Welding technical diploma and AWS welder "
                + "certification, with advancement toward fabrication and weld inspection.",
            "Manufacturing",
            [
                new(
                    "Welding fundamentals",
                    "Shop safety, print reading and welding symbols, and an introduction to GMAW and FCAW; often "
                        + "delivered as the first courses of the diploma."),
                new(
                    "Welding technical diploma",
                    "Oxy-fuel and plasma cutting, SMAW, GMAW, FCAW and GTAW in all positions, with bend testing "
                        + "toward AWS certification."),
                new(
                    "Advanced welding, fabrication and inspection",
                    "Fabrication, fitting and pipe welding on the job or in advanced coursework; with experience, "
                        + "weld inspection."),
            ],
            [
                new("OSHA 10-Hour General Industry card", Osha, CredentialType.IndustryCertification, null, 0),
                new("Welding", WtcsCollege, CredentialType.WtcsTechnicalDiploma, "31-442-1", 1),
                new("AWS Certified Welder", Aws, CredentialType.IndustryCertification, null, 1),
                new("AWS Certified Welding Inspector (CWI)", Aws, CredentialType.IndustryCertification, null, 2),
            ],
            ["51-4121", "51-4122", "51-2041"]),

        new(
            "CNC Operation and Machining",
            "From entry-level CNC operator training to a machine tool / CNC technical diploma with NIMS "
                + "credentials, then a registered machinist apprenticeship or CNC programming.",
            "Manufacturing",
            [
                new(
                    "CNC operator (short-term)",
                    "Measurement, blueprint reading, shop math and safety; loading, running and inspecting parts "
                        + "on CNC mills and lathes."),
                new(
                    "Machine tool / CNC technical diploma",
                    "Manual and CNC milling and turning, setup, G-code, CAD/CAM basics and quality inspection."),
                new(
                    "Machinist apprenticeship or CNC programming",
                    "Registered apprenticeship or further study in CNC programming, tool and die or machining."),
            ],
            [
                new(
                    "NIMS Machining Level I: Measurement, Materials and Safety",
                    Nims,
                    CredentialType.IndustryCertification,
                    null,
                    0),
                // Titles and WTCS numbers for machine tool / CNC diplomas differ by college (31-420-x and 31-444-x
                // style numbers): left null on purpose.
                new(
                    "Machine Tool / CNC technical diploma",
                    WtcsCollege,
                    CredentialType.WtcsTechnicalDiploma,
                    null,
                    1),
                new("NIMS CNC Milling: Operations", Nims, CredentialType.IndustryCertification, null, 1),
                new("NIMS CNC Turning: Operations", Nims, CredentialType.IndustryCertification, null, 1),
                new("Machinist registered apprenticeship", Bas, CredentialType.Apprenticeship, null, 2),
            ],
            ["51-9161", "51-4041", "51-9162"]),

        new(
            "IT Support and Networking",
            "From IT fundamentals to help-desk and user-support work with CompTIA A+, then the IT Network "
                + "Specialist associate degree with CompTIA Network+.",
            "Information Technology",
            [
                new(
                    "IT fundamentals",
                    "Digital literacy, hardware and operating system basics, and customer service for technical "
                        + "support."),
                new(
                    "IT User Support Technician technical diploma",
                    "Installing, configuring and troubleshooting PCs, mobile devices and operating systems; help "
                        + "desk practice; CompTIA A+ preparation."),
                new(
                    "IT Network Specialist associate degree",
                    "Routing and switching, server administration, security and cloud basics; CompTIA Network+ "
                        + "preparation."),
            ],
            [
                new("CompTIA Tech+", CompTia, CredentialType.IndustryCertification, null, 0),
                // Local WTCS number for the user support diploma not confirmed: left null.
                new(
                    "IT User Support Technician",
                    WtcsCollege,
                    CredentialType.WtcsTechnicalDiploma,
                    null,
                    1),
                new("CompTIA A+", CompTia, CredentialType.IndustryCertification, null, 1),
                // 10-150-2 is the number we recall for IT-Network Specialist; moderate confidence, verify.
                new("IT Network Specialist", WtcsCollege, CredentialType.WtcsAssociateDegree, "10-150-2", 2),
                new("CompTIA Network+", CompTia, CredentialType.IndustryCertification, null, 2),
            ],
            ["15-1232", "15-1231", "15-1244"]),

        new(
            "Truck Driving (CDL)",
            "Commercial learner's permit, then a truck driving technical diploma or certificate that meets federal "
                + "Entry-Level Driver Training rules and prepares for the Class A CDL skills test, then endorsements.",
            "Transportation, Distribution and Logistics",
            [
                new(
                    "Commercial learner's permit",
                    "DOT medical card, CDL general knowledge, air brakes and combination vehicle knowledge tests."),
                new(
                    "Truck Driving technical diploma (Class A CDL)",
                    "Theory and behind-the-wheel training: pre-trip inspection, basic control, backing, shifting, "
                        + "hours of service and road driving, ending with the Class A skills test."),
                new(
                    "Endorsements and experienced driver",
                    "Endorsements such as hazardous materials or tank vehicles, and paths into dispatch or "
                        + "logistics."),
            ],
            [
                new("Commercial Learner's Permit (CLP)", WisDot, CredentialType.License, null, 0),
                // WTCS truck driving program numbers not confirmed: left null.
                new("Truck Driving", WtcsCollege, CredentialType.WtcsTechnicalDiploma, null, 1),
                new("Commercial Driver License (CDL) Class A", WisDot, CredentialType.License, null, 1),
                new("CDL Hazardous Materials (H) endorsement", WisDot, CredentialType.License, null, 2),
            ],
            ["53-3032", "53-3033"]),

        new(
            "Early Childhood Education",
            "Entry into licensed child care with Registry recognition, then the one-year Child Care Services "
                + "diploma (and Infant Toddler certificate, CDA), then the Early Childhood Education associate "
                + "degree. Diploma courses transfer into the degree.",
            "Education and Training",
            [
                new(
                    "Entry-level child care",
                    "Introductory early childhood courses required for Wisconsin child care licensing and a "
                        + "Registry certificate at an entry career level."),
                new(
                    "Child Care Services technical diploma",
                    "Child development, guidance, curriculum planning, health and safety, and practicum in area "
                        + "centers; Infant and Toddler certificate and CDA preparation."),
                new(
                    "Early Childhood Education associate degree",
                    "Lead teacher and program-leadership preparation with further practicum; transfer "
                        + "agreements to bachelor's programs."),
            ],
            [
                // Registry career levels rise with credits earned; the level a learner reaches varies.
                new(
                    "The Registry Certificate (Career Level)",
                    "The Registry, Wisconsin's Recognition System for the Childhood, Youth and Family Workforce",
                    CredentialType.IndustryCertification,
                    null,
                    0),
                new("Child Care Services", WtcsCollege, CredentialType.WtcsTechnicalDiploma, "31-307-1", 1),
                // Certificate program number not confirmed: left null.
                new("Infant and Toddler Care", WtcsCollege, CredentialType.WtcsTechnicalCertificate, null, 1),
                new(
                    "Child Development Associate (CDA)",
                    "Council for Professional Recognition",
                    CredentialType.IndustryCertification,
                    null,
                    1),
                new("Early Childhood Education", WtcsCollege, CredentialType.WtcsAssociateDegree, "10-307-1", 2),
            ],
            ["39-9011", "25-2011", "11-9031"]),

        new(
            "Medical Assistant",
            "Healthcare foundations, then the one-year Medical Assistant technical diploma and national "
                + "certification, with a bridge into Practical Nursing.",
            "Health Science",
            [
                new(
                    "Healthcare foundations",
                    "Medical terminology, basic life support and an introduction to patient care and clinic "
                        + "work."),
                new(
                    "Medical Assistant technical diploma",
                    "Clinical and administrative skills for clinics and physician offices, with an externship; "
                        + "prepares for national medical assistant certification."),
                new(
                    "Practical Nursing bridge",
                    "Certified medical assistants may apply prior learning toward the Practical Nursing diploma."),
            ],
            [
                new(
                    "Basic Life Support (BLS) Provider",
                    "American Heart Association",
                    CredentialType.IndustryCertification,
                    null,
                    0),
                // 31-509-1 is the number we recall for Medical Assistant; moderate confidence, verify.
                new("Medical Assistant", WtcsCollege, CredentialType.WtcsTechnicalDiploma, "31-509-1", 1),
                new(
                    "Certified Medical Assistant (CMA)",
                    "American Association of Medical Assistants (AAMA)",
                    CredentialType.IndustryCertification,
                    null,
                    1),
                new("Practical Nursing", WtcsCollege, CredentialType.WtcsTechnicalDiploma, "31-543-1", 2),
            ],
            ["31-9092", "43-6013", "29-2061"]),

        new(
            "Manufacturing Production and Industrial Maintenance",
            "Production work with a nationally recognized production credential, then industrial maintenance "
                + "training, then a registered maintenance apprenticeship.",
            "Manufacturing",
            [
                new(
                    "Manufacturing production",
                    "Safety, quality, measurement, lean practices and production processes for assembly and "
                        + "machine operator roles."),
                new(
                    "Industrial maintenance technical diploma",
                    "Mechanical drives, fluid power, electrical controls, PLC basics and preventive maintenance."),
                new(
                    "Maintenance registered apprenticeship",
                    "Employer-sponsored apprenticeship such as maintenance mechanic or millwright."),
            ],
            [
                new("OSHA 10-Hour General Industry card", Osha, CredentialType.IndustryCertification, null, 0),
                new(
                    "Certified Production Technician (CPT)",
                    "Manufacturing Skill Standards Council (MSSC)",
                    CredentialType.IndustryCertification,
                    null,
                    0),
                // Local program titles and numbers vary by college: left null.
                new(
                    "Industrial Maintenance technical diploma",
                    WtcsCollege,
                    CredentialType.WtcsTechnicalDiploma,
                    null,
                    1),
                new("Industrial maintenance registered apprenticeship", Bas, CredentialType.Apprenticeship, null, 2),
            ],
            ["51-2092", "51-9061", "49-9041", "49-9071"]),
    ];
}
