package nl.toegang.core.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.inject.Singleton;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.toegang.pages.Templates;
import nl.toegang.pages.letters.LetterDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A letter as a tagged PDF (PDF/UA, and PDF/A-2a so it can be kept): the jte template
 * {@code letters/letter} rendered by openhtmltopdf on PDFBox. Headings become H1/H2, lists L/LI,
 * the {@code lang} of the page and of Dutch-only passages the document's and the element's
 * language, the title the document title. PDF/UA requires embedded fonts: DejaVu Sans from the
 * theme jar (functions/theme/build.mjs).
 */
@Singleton
public class LetterPdf {

    static final String TEMPLATE = "letters/letter";
    /** The family the template's style sheet names. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "fonts/letters/";

    private final Templates templates;
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public LetterPdf(Templates templates) {
        this.templates = templates;
    }

    public byte[] render(LetterDocument letter) {
        String html = templates.render(TEMPLATE, Map.of("letter", letter));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                .useColorProfile(colourProfile)
                .withProducer("Toegang")
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        try {
            builder.toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write letter " + letter.reference() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = LetterPdf.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font " + FONTS + file + " is not on the classpath; it comes with toegang-theme");
        }
        return in;
    }
}
