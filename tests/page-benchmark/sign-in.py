"""Signs in to IetPortal the way a browser behind the load balancer does and prints the Cookie header to send.

python3 sign-in.py BASE_URL EMAIL PASSWORD  ->  "ietportal.auth=...; ietportal.antiforgery=..."
The app runs in Production (Secure cookies), reached over plain HTTP with X-Forwarded-Proto: https, so the cookies
are kept by hand rather than by a cookie jar that would refuse Secure cookies on http.
"""
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

base, email, password = sys.argv[1:4]
cookies = {}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def send(path, data=None):
    request = urllib.request.Request(base + path, data=data)
    request.add_header("X-Forwarded-Proto", "https")
    if cookies:
        request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
    try:
        response = opener.open(request)
    except urllib.error.HTTPError as error:  # 302 after a successful sign-in lands here
        response = error
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        cookies[name.strip()] = rest.split(";", 1)[0]
    return response.status, response.read().decode("utf-8", "replace")


status, page = send("/account/login")
token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page) or \
    re.search(r'value="([^"]+)"[^>]*name="__RequestVerificationToken"', page)
if status != 200 or not token:
    sys.exit(f"sign-in page answered {status} without an antiforgery token")
form = urllib.parse.urlencode({"Email": email, "Password": password, "__RequestVerificationToken": token.group(1)})
status, _ = send("/account/login", form.encode())
if status != 302 or "ietportal.auth" not in cookies:
    sys.exit(f"signing in as {email} answered {status}, not a redirect with a sign-in cookie")
print("; ".join(f"{k}={v}" for k, v in cookies.items()))
