#!/usr/bin/env python3
"""Benchmark of a running vhcs (./vhcs up): submission throughput and latency through the gateway,
the delay until a report shows in the province statistics, and the services' memory.

Only the standard library; talks to localhost only. See bench/README.md.
"""
import argparse
import json
import os
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def call(method, url, key, body=None, content_type="application/json"):
    data = None
    if body is not None:
        data = body.encode("utf-8") if isinstance(body, str) else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", "Bearer " + key)
    if data is not None:
        req.add_header("Content-Type", content_type)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            payload = resp.read()
            status = resp.status
    except urllib.error.HTTPError as e:
        payload = e.read()
        status = e.code
    return status, (time.perf_counter() - started) * 1000, payload


def report(agency, round_code, seq):
    total = 20 + seq % 180
    return {
        "agencyCode": agency, "roundCode": round_code,
        "document": {"number": f"{seq}/BC", "issuedOn": "2022-04-20", "signerName": "Nguyễn Văn A",
                     "signerTitle": "Giám đốc"},
        "workforce": {"total": total, "participating": total - seq % 5, "commitmentsSigned": total - seq % 7},
        "memberUnits": {"total": 10, "withCultureRules": 7},
        "directives": [{"kind": "PLAN", "number": f"{seq}/KH", "issuedOn": "2019-07-11",
                        "title": "Phát động Phong trào thi đua văn hóa công sở"}],
        "indicators": {"computerEquipmentPercent": 100, "citizenSatisfactionPercent": 95.5},
        "models": [{"name": "Bảng nội quy có chấm điểm hằng tháng", "sector": "ADMINISTRATION",
                    "description": "Chấm điểm hằng tháng " * 20}],
        "commendations": [{"form": "CERTIFICATE_OF_MERIT", "recipientKind": "INDIVIDUAL", "year": 2021, "count": 3}],
        "emulationTitles": [{"title": "ADVANCED_WORKER", "year": 2021, "count": total // 2}],
        "narrative": {"results": "Kết quả thực hiện phong trào. " * 200},
    }


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def rss_mib(name):
    try:
        pid = open(os.path.join(ROOT, ".vhcs", "pids", name + ".pid")).read().strip()
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", default="http://localhost:" + os.environ.get("VHCS_GATEWAY_PORT", "8080"))
    parser.add_argument("--admin-key", default=None)
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--visibility-samples", type=int, default=20)
    args = parser.parse_args()
    key = args.admin_key or open(os.path.join(ROOT, ".vhcs", "keys", "admin-key")).read().strip()
    g = args.gateway + "/api/v1"
    run = time.strftime("%Y%m%d%H%M%S")
    round_code = "BENCH-" + run
    province = "58"

    status, _, body = call("PUT", f"{g}/rounds/{round_code}", key, {
        "kind": "ANNUAL", "periodStart": "2019-06-14", "periodEnd": "2022-03-31",
        "dueDate": "2022-04-30", "closesOn": "2099-12-31"})
    assert status == 201, (status, body)
    n = args.reports + args.visibility_samples
    agencies = [f"{province}.B{run[-6:]}-{i}" for i in range(n)]
    csv = "".join(f"{a},Cơ quan {a},OFFICE,{province},\n" for a in agencies)
    status, _, body = call("POST", f"{g}/agencies:import", key, csv, "text/csv; charset=UTF-8")
    assert status == 200 and json.loads(body)["created"] == n, (status, body[:300])
    body_bytes = len(json.dumps(report(agencies[0], round_code, 0)).encode("utf-8"))

    # 1. throughput and latency of submissions through the gateway
    latencies, failures, lock = [], [], threading.Lock()

    def submit(i):
        status, ms, payload = call("POST", f"{g}/reports", key, report(agencies[i], round_code, i))
        with lock:
            (latencies if status == 201 else failures).append(ms if status == 201 else (status, payload[:200]))

    started = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(submit, range(args.reports)))
    elapsed = time.perf_counter() - started

    # 2. delay from 201 until the report counts in the province statistics
    visible = []
    url = f"{g}/statistics/rounds/{round_code}/provinces/{province}"
    for i in range(args.reports, n):
        status, _, payload = call("GET", url, key)
        before = json.loads(payload)["agenciesReported"]
        status, _, payload = call("POST", f"{g}/reports", key, report(agencies[i], round_code, i))
        assert status == 201, (status, payload[:200])
        accepted = time.perf_counter()
        while True:
            status, _, payload = call("GET", url, key)
            if status == 200 and json.loads(payload)["agenciesReported"] > before:
                visible.append((time.perf_counter() - accepted) * 1000)
                break
            if time.perf_counter() - accepted > 30:
                raise SystemExit("report not visible within 30 s")
            time.sleep(0.01)

    # 3. one province's statistics over all these reports
    stat_ms = [call("GET", url, key)[1] for _ in range(20)]

    print(f"# vhcs benchmark {time.strftime('%Y-%m-%d %H:%M')}\n")
    print(f"- reports submitted: {len(latencies)} ok, {len(failures)} failed, body ≈ {body_bytes} bytes, "
          f"{args.concurrency} concurrent clients")
    print(f"- throughput: {len(latencies) / elapsed:.1f} submissions/s")
    print(f"- submission latency (ms): p50 {percentile(latencies, 50):.1f}, p95 {percentile(latencies, 95):.1f}, "
          f"p99 {percentile(latencies, 99):.1f}, max {max(latencies):.1f}")
    print(f"- 201 → visible in the province statistics (ms, {len(visible)} samples): "
          f"median {statistics.median(visible):.0f}, p95 {percentile(visible, 95):.0f}, max {max(visible):.0f}")
    print(f"- province statistics over {n} reports (ms): median {statistics.median(stat_ms):.1f}, "
          f"max {max(stat_ms):.1f}")
    for name in ("gateway", "report-service", "aggregation-service", "kafka"):
        rss = rss_mib(name)
        if rss is not None:
            print(f"- resident memory of {name}: {rss:.0f} MiB")
    if failures:
        print("\nfailures:", failures[:5])


if __name__ == "__main__":
    main()
