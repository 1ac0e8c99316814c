package dev.deltascope.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The TrueType fonts inside the JLaTeXMath jars (main, Greek, Cyrillic). JavaFX must load each
 * of them before FXGraphics2D can draw JLaTeXMath's glyphs, or they come out garbled.
 */
final class JLaTeXMathFonts {

    static final List<String> RESOURCES = List.of(
            "/org/scilab/forge/jlatexmath/fonts/base/jlm_cmex10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/base/jlm_cmmi10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/base/jlm_cmmib10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/euler/jlm_eufb10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/euler/jlm_eufm10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_cmr10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmbi10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmbx10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmi10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmr10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmsb10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmsbi10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmsi10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmss10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/jlm_jlmtt10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmbx10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmbxti10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmss10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmssbx10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmssi10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmti10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/latin/optional/jlm_cmtt10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_cmbsy10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_cmsy10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_msam10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_msbm10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_rsfs10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_special.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/jlm_stmary10.ttf",
            "/org/scilab/forge/jlatexmath/fonts/maths/optional/jlm_dsrom10.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcmbipg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcmbpg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcmripg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcmrpg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcsbpg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcsropg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fcsrpg.ttf",
            "/org/scilab/forge/jlatexmath/greek/fonts/jlm_fctrpg.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnbx10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnbxti10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnr10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnss10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnssbx10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnssi10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wnti10.ttf",
            "/org/scilab/forge/jlatexmath/cyrillic/fonts/jlm_wntt10.ttf");

    private static List<javafx.scene.text.Font> loaded;

    private JLaTeXMathFonts() {
    }

    /**
     * Loads every font into JavaFX once (later calls return the same fonts). Needs the JavaFX
     * toolkit started; may be called from any thread.
     */
    static synchronized List<javafx.scene.text.Font> loadIntoJavaFx() {
        if (loaded == null) {
            List<javafx.scene.text.Font> fonts = new ArrayList<>();
            for (String resource : RESOURCES) {
                fonts.add(load(resource));
            }
            loaded = List.copyOf(fonts);
        }
        return loaded;
    }

    private static javafx.scene.text.Font load(String resource) {
        try (InputStream in = JLaTeXMathFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("JLaTeXMath font missing from the class path: " + resource);
            }
            javafx.scene.text.Font font = javafx.scene.text.Font.loadFont(in, 1);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the JLaTeXMath font " + resource);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JLaTeXMath font " + resource, e);
        }
    }
}
