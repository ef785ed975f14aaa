package kz.legalstat.account;

/**
 * A person who signs in to the web interface. {@code regionCode} is set for a regional analyst only, who sees
 * that region's units and nothing of the republic or of other regions.
 */
public record Account(String username, Role role, String regionCode, boolean enabled) {

    /** Whether this person may see data or a report for {@code unitOrRegion}; null means the whole republic. */
    public boolean mayRead(String unitOrRegion) {
        if (regionCode == null) {
            return true;
        }
        return unitOrRegion != null && unitOrRegion.startsWith(regionCode);
    }

    /** The region every request of this person is limited to, or null when they see the whole republic. */
    public String regionScope() {
        return regionCode;
    }

    public boolean mayOperate() {
        return role == Role.OPERATOR || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
