# Varnish in front of CCHC Portal (decision docs/decisions/0003-http-cache.md).
# Keeps anonymous public pages the app marks "public, s-maxage=N"; never keeps anything for
# a signed-in user, a form with a CSRF token, the admin, the APIs or the visit beacon.
# The app purges everything with "BAN /" from an address in the purge ACL whenever public
# content changes (cchc/portal/cache.py). deploy/serve.sh fills in the backend address.
vcl 4.1;

backend app {
    .host = "127.0.0.1";
    .port = "8001";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

acl purge {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ purge) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.status != 0");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(quan-tri|django-admin|api|i18n)/" || req.http.Authorization) {
        return (pass);
    }
    # Signed-in staff (session) and readers holding a CSRF token go straight to the app.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Only the language choice changes an anonymous page: keep that cookie, drop the others
    # (visitor cookies belong to the beacon, which is never cached).
    if (req.http.Cookie) {
        set req.http.Cookie = ";" + req.http.Cookie;
        set req.http.Cookie = regsuball(req.http.Cookie, "; +", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(django_language)=", "; \1=");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    return (hash);
}

sub vcl_backend_response {
    # Anything that sets a cookie is personal: never stored (Varnish's built-in rule also
    # refuses private/no-store/no-cache responses).
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_backend_error {
    # The app is down or slow: say so in Vietnamese and English, retryable.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "10";
    synthetic({"<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><title>Tạm gián đoạn</title><h1>Hệ thống đang tạm gián đoạn</h1><p>Vui lòng thử lại sau ít phút. / The portal is briefly unavailable; please try again in a few minutes.</p></html>"});
    return (deliver);
}
