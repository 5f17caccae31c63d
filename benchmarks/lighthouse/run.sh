#!/usr/bin/env bash
# Lighthouse's mobile audit of the patient site's key pages, against a running stack (the README's run command).
# Not part of the test run: it needs Node.js and npm (Lighthouse 12.2.3; 13.x needs Node 22) and Chromium.
#
#   benchmarks/lighthouse/run.sh [http://localhost:8080]
#
# Prints one line per page: performance, accessibility, best practices, SEO (0-100) and the bytes transferred.
# Full reports are kept in benchmarks/lighthouse/target/<page>.report.json.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/target"
mkdir -p "$OUT"
if [ ! -x "$OUT/node_modules/.bin/lighthouse" ]; then
  npm i --prefix "$OUT" -E lighthouse@12.2.3 >/dev/null
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
TYPE=11111111-0000-0000-0000-000000000001   # initial evaluation (demo data)
declare -A PAGES=(
  [home]="$BASE/"
  [article]="$BASE/articles/lower-back-pain-first-steps"
  [book]="$BASE/book?appointmentTypeId=$TYPE&source=lower-back-pain-first-steps"
)
printf '%-8s %5s %5s %5s %5s %9s\n' page perf a11y best seo bytes
for page in home article book; do
  "$OUT/node_modules/.bin/lighthouse" "${PAGES[$page]}" --quiet --output=json --output-path="$OUT/$page.report.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking" \
    >/dev/null 2>&1 || { echo "$page: lighthouse failed"; continue; }
  python3 - "$OUT/$page.report.json" "$page" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
score = lambda k: round(c[k]["score"] * 100)
bytes_ = r["audits"]["total-byte-weight"]["numericValue"]
print(f'{sys.argv[2]:<8} {score("performance"):>5} {score("accessibility"):>5} {score("best-practices"):>5} '
      f'{score("seo"):>5} {int(bytes_):>9}')
for k in ("performance", "accessibility", "best-practices", "seo"):
    for ref in c[k]["auditRefs"]:
        a = r["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and a.get("score") is not None and a["score"] < 0.9:
            print(f'         {k}: {a["id"]} ({a["score"]}): {a["title"]}')
PY
done
