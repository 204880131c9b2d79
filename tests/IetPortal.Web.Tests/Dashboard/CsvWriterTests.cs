using System.Text;
using IetPortal.Web.Shared.Csv;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>The CSV writer on its own: RFC 4180 quoting, CRLF records, the UTF-8 byte-order mark, formula protection.</summary>
public sealed class CsvWriterTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Plain_fields_are_written_as_they_are_separated_by_commas_and_every_record_ends_with_CRLF()
    {
        var text = CsvWriter.ToText([["College", "Approved"], ["Madison College", "3"]]);

        Assert.Equal("College,Approved\r\nMadison College,3\r\n", text);
    }

    [Theory]
    [InlineData("Welding, advanced", "\"Welding, advanced\"")]
    [InlineData("The \"Fox Valley\" bridge", "\"The \"\"Fox Valley\"\" bridge\"")]
    [InlineData("first line\nsecond line", "\"first line\nsecond line\"")]
    [InlineData("first line\r\nsecond line", "\"first line\r\nsecond line\"")]
    [InlineData("ends with a CR\r", "\"ends with a CR\r\"")]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_and_its_quotes_doubled(string value, string written)
    {
        Assert.Equal(written, CsvWriter.Field(value));
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+1 608 555 0100", "'+1 608 555 0100")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=HYPERLINK(\"http://x.example\",\"Click\")", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Click\"\")\"")]
    public void A_field_a_spreadsheet_would_read_as_a_formula_gets_a_leading_single_quote(string value, string written)
    {
        Assert.Equal(written, CsvWriter.Field(value));
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData("3-2")]
    [InlineData("info@college.example")]
    [InlineData("12.5")]
    [InlineData(" =not first")]
    public void A_formula_character_after_the_first_one_is_left_alone(string value)
    {
        Assert.Equal(value, CsvWriter.Field(value));
    }

    [Fact]
    public void Null_and_empty_fields_are_empty()
    {
        Assert.Equal(",,x\r\n", CsvWriter.ToText([[null, "", "x"]]));
    }

    [Fact]
    public void The_file_starts_with_the_UTF8_byte_order_mark_and_then_holds_the_text_in_UTF8()
    {
        string?[][] rows = [["Collège", "Nombre"], ["Nicolet Area Technical College — Rhinelander", "1"]];

        var bytes = CsvWriter.ToBytes(rows);

        Assert.Equal(Utf8Bom, bytes[..3]);
        Assert.Equal(CsvWriter.ToText(rows), new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(Utf8Bom.Length + Encoding.UTF8.GetByteCount(CsvWriter.ToText(rows)), bytes.Length);
    }

    [Fact]
    public void Hostile_text_round_trips_through_an_RFC_4180_reader_with_only_the_formula_prefix_added()
    {
        string[] values =
        [
            "Plain",
            "Comma, inside",
            "Quote \" inside and \"\" two",
            "Line\nbreak",
            "Windows\r\nbreak",
            "=cmd|'/C calc'!A0",
            "+Welding",
            "-Minus",
            "@Mention",
            "\tTabbed",
            "\r\nStarts with a break",
            "",
            "Ünïcödé ✓",
        ];
        string?[][] rows = [values, [.. values.Reverse()]];

        var records = Rfc4180.Parse(CsvWriter.ToText(rows));

        string Expected(string value) => value.Length > 0 && CsvWriter.IsFormulaTrigger(value[0]) ? "'" + value : value;
        Assert.Equal(2, records.Count);
        Assert.Equal(values.Select(Expected), records[0]);
        Assert.Equal(values.Reverse().Select(Expected), records[1]);
    }
}
