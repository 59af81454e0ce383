package nl.toegang.forms;

/**
 * Builds an HTML fragment. Text and attribute values are always escaped; only {@link #raw}
 * takes markup, and it is used solely for markup this library produced itself.
 */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder();

    /** Opens a tag; attributes are name/value pairs, and a pair with a null value is left out. */
    HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    HtmlWriter text(String text) {
        out.append(Html.escape(text));
        return this;
    }

    HtmlWriter raw(String html) {
        out.append(html);
        return this;
    }

    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
