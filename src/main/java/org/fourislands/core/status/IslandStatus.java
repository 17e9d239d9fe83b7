package org.fourislands.core.status;

import java.util.List;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Claim;

/**
 * Who administered an island on a date and who else claimed it. The map fills by
 * {@code administrator} and hatches when {@code otherClaims} is not empty; the two are never
 * merged into one colour.
 *
 * @param administrator the administering state, or null where the data says nothing
 * @param period the administration period in force, or null
 * @param otherClaims claims in force by parties other than the administrator
 * @param ownClaims claims in force by the administrator itself
 */
public record IslandStatus(
        String islandId, Actor administrator, AdministrationPeriod period, List<Claim> otherClaims, List<Claim> ownClaims) {

    public IslandStatus {
        otherClaims = List.copyOf(otherClaims);
        ownClaims = List.copyOf(ownClaims);
    }

    public static IslandStatus unknown(String islandId) {
        return new IslandStatus(islandId, null, null, List.of(), List.of());
    }

    /** True when someone other than the administrator claims the island on that date. */
    public boolean isContested() {
        return !otherClaims.isEmpty();
    }

    /** The event whose outcome is the basis of the administration in force. */
    public String basisEventId() {
        return period == null ? null : period.beganWithEventId();
    }
}
