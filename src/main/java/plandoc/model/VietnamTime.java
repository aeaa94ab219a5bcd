package plandoc.model;

import java.time.ZoneId;

/**
 * Việt Nam's time (UTC+7): a document is dated, signed and reported in the time of the province that
 * issues it, whatever zone the machine that builds it is set to (a CI runner or a server is often UTC).
 */
public final class VietnamTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
