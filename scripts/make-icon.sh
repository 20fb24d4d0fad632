#!/bin/sh
# Renders media/icon.svg to the 128x128 PNG that package.json uses as the extension icon.
# Needs ImageMagick (convert). Run from anywhere: sh scripts/make-icon.sh
set -eu
cd "$(dirname "$0")/.."
convert -background none -density 96 media/icon.svg -resize 128x128 -strip PNG32:media/icon.png
file media/icon.png
