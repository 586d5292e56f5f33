#!/usr/bin/env bash
# Makes templates/fonts/NotoSans-{Regular,Bold}.ttf, the fonts embedded in PDF invoices: Noto Sans
# (OFL-1.1, Debian fonts-noto-core) cut to Latin, Greek and Cyrillic, without hinting and without
# the OpenType layout tables (GSUB/GPOS/GDEF). Layout costs fontkit a shaping pass per word: a PDF
# of a month of lines takes a third of the time without it, and these scripts read right without
# it (accented letters are precomposed glyphs; kerning is the only loss). Other scripts (CJK,
# Arabic, …) come from fonts on the machine: see src/invoices/pdf/fonts.ts.
# Needs Debian fonts-noto-core and python3-fonttools. Run from the repository's top folder.
set -euo pipefail
ranges="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+1F00-1FFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FEFF,U+FFFD"
for weight in Regular Bold; do
  python3 -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-$weight.ttf" --unicodes="$ranges" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF --no-hinting --name-IDs='*' --name-languages='*' \
    --output-file="templates/fonts/NotoSans-$weight.ttf"
done
