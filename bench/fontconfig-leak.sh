#!/usr/bin/env bash
# How much memory JavaFX's font start-up leaves behind on this machine (ADR 0033). JavaFX builds the fallback list
# of each of its 12 logical fonts in native code (fontpath_linux.c, FontConfigManager.getFontConfig): for every
# fallback font that adds glyphs it takes FcCharSetUnion(union, charset) and never destroys the union it replaces,
# nor the last one. The JDK fixed the same loop in AWT in 2022 (JDK-8284680). This replays that loop in C against
# the machine's fontconfig and prints the C heap it leaves in use: as JavaFX 21 does it (TrueType fonts only), and
# as later JavaFX does (TrueType and CFF, JDK-8322251), which keeps more fonts and so leaks more.
# Needs gcc and libfontconfig-dev (pkg-config fontconfig). Argument: the locale JavaFX passes (default en-US).
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/leak.c" <<'C'
#include <fontconfig/fontconfig.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>

static double used_mb(void) { return mallinfo2().uordblks / 1048576.0; }

int main(int argc, char **argv) {
    const char *lang = argc > 1 ? argv[1] : "en-US";
    int with_cff = argc > 2 && strcmp(argv[2], "cff") == 0;
    const char *faces[] = {"sans", "serif", "monospace"};
    const char *styles[] = {"regular:roman", "bold:roman", "regular:italic", "bold:italic"};
    FcInit();
    double before = used_mb();
    int kept = 0;
    for (int f = 0; f < 3; f++) {
        for (int s = 0; s < 4; s++) {
            char name[64];
            snprintf(name, sizeof name, "%s:%s", faces[f], styles[s]);
            FcPattern *pattern = FcNameParse((const FcChar8 *) name);
            FcPatternAddString(pattern, FC_LANG, (const FcChar8 *) lang);
            FcConfigSubstitute(NULL, pattern, FcMatchPattern);
            FcDefaultSubstitute(pattern);
            FcResult result;
            FcFontSet *fonts = FcFontSort(NULL, pattern, FcTrue, NULL, &result);
            FcCharSet *covered = NULL;
            unsigned int min_glyphs = 20;
            int used = 0;
            for (int j = 0; fonts != NULL && j < fonts->nfont && used < 254; j++) {
                FcChar8 *format = NULL;
                FcPatternGetString(fonts->fonts[j], FC_FONTFORMAT, 0, &format);
                if (format != NULL && strcmp((char *) format, "TrueType") != 0
                        && !(with_cff && strcmp((char *) format, "CFF") == 0)) {
                    continue;
                }
                FcCharSet *charset;
                if (FcPatternGetCharSet(fonts->fonts[j], FC_CHARSET, 0, &charset) != FcResultMatch) {
                    break;
                }
                if (j == 10) {
                    min_glyphs = 50;
                }
                if (covered == NULL) {
                    covered = charset;
                } else if (FcCharSetSubtractCount(charset, covered) > min_glyphs) {
                    covered = FcCharSetUnion(covered, charset); /* the union it replaces is never destroyed */
                } else {
                    continue;
                }
                used++;
            }
            kept += used;
            if (fonts != NULL) {
                FcFontSetDestroy(fonts);
            }
            FcPatternDestroy(pattern);
        }
    }
    malloc_trim(0);
    const char *kind = with_cff ? "truetype_and_cff" : "truetype";
    printf("fontconfig.fallback_fonts.%s %d count\n", kind, kept);
    printf("fontconfig.leaked_by_javafx_font_lists.%s %.1f MB\n", kind, used_mb() - before);
    return 0;
}
C
gcc -O1 -o "$work/leak" "$work/leak.c" $(pkg-config --cflags --libs fontconfig)
"$work/leak" "${1:-en-US}"      # JavaFX 21
"$work/leak" "${1:-en-US}" cff  # JavaFX 23 and later
