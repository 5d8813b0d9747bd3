#!/usr/bin/env python3
"""Freshness sampler for bench/run: submits one report at a time through the gateway and polls the
province's statistics until it counts (agenciesReported goes up), while the submission load runs.

Only this sampler submits into its province, so each increment is its own report. One keep-alive
connection, one request in flight, a 10 ms pause between polls: it stays light on CPU (the CPU
time it used is printed at the end). Prints one line per sample: "<epoch ms of the 201> <ms until
visible>", and "CPU <seconds>" last. Stops when its agencies are used up or STOP_FILE exists.

usage: freshness.py HOST PORT KEY ROUND PROVINCE AGENCY_FILE BODY_TEMPLATE STOP_FILE
"""
import http.client
import json
import os
import resource
import sys
import time


def main():
    host, port, key, round_code, province, agency_file, template_file, stop_file = sys.argv[1:9]
    agencies = [a for a in open(agency_file).read().split() if a]
    template = open(template_file, encoding="utf-8").read()
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    auth = {"Authorization": "Bearer " + key}
    stats_path = f"/api/v1/statistics/rounds/{round_code}/provinces/{province}"

    def call(method, path, body=None):
        headers = dict(auth)
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read()

    def reported():
        status, payload = call("GET", stats_path)
        if status == 404 and b"round" in payload:
            return 0  # aggregation-service has not applied the round's registration yet: nothing counted
        if status != 200:
            raise SystemExit(f"statistics answered {status}: {payload[:300]!r}")
        return json.loads(payload)["agenciesReported"]

    for seq, agency in enumerate(agencies, 1):
        if os.path.exists(stop_file):
            break
        before = reported()
        total = 20 + seq % 180
        body = (template.replace("@ROUND@", round_code).replace("@AGENCY@", agency).replace("@TOTAL@", str(total))
                .replace("@PARTICIPATING@", str(total - seq % 5)).replace("@SIGNED@", str(total - seq % 7))
                .replace("@HALF@", str(total // 2))).encode("utf-8")
        status, payload = call("POST", "/api/v1/reports", body)
        accepted = time.time()
        if status != 201:
            print(f"submission answered {status}: {payload[:300]!r}", file=sys.stderr)
            continue
        while reported() <= before:
            if time.time() - accepted > 60:
                raise SystemExit(f"report of {agency} not visible within 60 s")
            time.sleep(0.01)
        print(f"{int(accepted * 1000)} {(time.time() - accepted) * 1000:.1f}", flush=True)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"CPU {usage.ru_utime + usage.ru_stime:.2f}", flush=True)


if __name__ == "__main__":
    main()
