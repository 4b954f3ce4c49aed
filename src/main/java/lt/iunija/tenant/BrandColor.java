package lt.iunija.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A union's brand colour ({@code theme.primary-color}, {@code #1d5c8c}). The pages use it for buttons (white
 * text on it), links and focus rings (it on white), so it must keep WCAG's contrast of 4.5:1 with white; a
 * colour that cannot is refused when the tenant file loads.
 */
public record BrandColor(int red, int green, int blue) {

    /** WCAG 2.2 AA for normal text: 1.4.3. */
    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Optional<BrandColor> parse(String value) {
        if (!HEX.matcher(value).matches()) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(value.substring(1), 16);
        return Optional.of(new BrandColor(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    /** The contrast ratio with white (1 to 21), as WCAG defines it. */
    public double contrastWithWhite() {
        return 1.05 / (relativeLuminance() + 0.05);
    }

    public boolean isReadableOnWhite() {
        return contrastWithWhite() >= MINIMUM_CONTRAST;
    }

    private double relativeLuminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        double srgb = value / 255.0;
        return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
