#!/usr/bin/env bash
# Makes the README's pictures (docs/images/*.png) with the browser tests: the first screen of each pictured page at
# phone (390×844) and desktop (1366×768) widths, in Debian's Chromium, on the site as the tests run it.
# Usage: docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf docs/images
mkdir -p docs/images
CAREERCOMPARE_SCREENSHOTS="$PWD/docs/images" dotnet test tests/CareerCompare.Web.Tests \
  --filter "FullyQualifiedName~CareerCompare.Web.Tests.Browser.LayoutTests.Nothing_scrolls_sideways"
ls -l docs/images
