#!/usr/bin/env bash
# Copies the pinned browser libraries (package-lock.json) into src/CareerCompare.Web/wwwroot/lib, as npm publishes
# them, source-map comments removed (the maps are not shipped). Run after changing a version in package.json
# (npm install --package-lock-only), then commit what changed under wwwroot/lib.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund >/dev/null
lib=../src/CareerCompare.Web/wwwroot/lib
# The comment's line is emptied, not removed, so the files keep the bytes committed before this script existed.
strip() { mkdir -p "$(dirname "$2")"; sed -e 's#^//\# sourceMappingURL=.*$##' -e 's#/\*\# sourceMappingURL=[^*]*\*/##' "$1" > "$2"; }
strip node_modules/bootstrap/dist/css/bootstrap.min.css "$lib/bootstrap/bootstrap.min.css"
strip node_modules/bootstrap/dist/js/bootstrap.bundle.min.js "$lib/bootstrap/bootstrap.bundle.min.js"
cp node_modules/bootstrap/LICENSE "$lib/bootstrap/LICENSE"
strip node_modules/chart.js/dist/chart.umd.min.js "$lib/chart.js/chart.umd.min.js"
cp node_modules/chart.js/LICENSE.md "$lib/chart.js/LICENSE.md"
strip node_modules/chartjs-chart-geo/build/index.umd.min.js "$lib/chartjs-chart-geo/index.umd.min.js"
cp node_modules/chartjs-chart-geo/LICENSE "$lib/chartjs-chart-geo/LICENSE"
# The states and the nation of the United States at 1:10,000,000 (Census cartographic boundaries), longitude and latitude.
mkdir -p "$lib/us-atlas"
cp node_modules/us-atlas/states-10m.json "$lib/us-atlas/states-10m.json"
cp node_modules/us-atlas/LICENSE "$lib/us-atlas/LICENSE"
echo "Copied into $lib"
