package org.chaord.atlas.data;

/**
 * How large a data or map file may be before it is refused, so a mistaken multi-gigabyte file (or a link to
 * {@code /dev/zero}) costs a problem rather than the whole heap. Set with {@code -Datlas.maxFileMb=N} or the
 * environment variable {@code ATLAS_MAX_FILE_MB}; the default leaves room for a 1:10m map many times over.
 */
public record ReadLimits(long maxFileBytes) {

    public static final long DEFAULT_MAX_MB = 256;
    static final String PROPERTY = "atlas.maxFileMb";
    static final String ENVIRONMENT = "ATLAS_MAX_FILE_MB";

    public ReadLimits {
        if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the file size limit must be between 1 byte and 2 GB (got "
                    + maxFileBytes + ")");
        }
    }

    /** The limit in force: the system property, else the environment variable, else the default. */
    public static ReadLimits current() {
        String text = System.getProperty(PROPERTY);
        if (text == null || text.isBlank()) {
            text = System.getenv(ENVIRONMENT);
        }
        long mb = DEFAULT_MAX_MB;
        if (text != null && !text.isBlank()) {
            try {
                mb = Math.max(1, Math.min(2000, Long.parseLong(text.strip())));
            } catch (NumberFormatException e) {
                // an unreadable setting keeps the default rather than refusing every file
            }
        }
        return new ReadLimits(mb * 1024 * 1024);
    }
}
