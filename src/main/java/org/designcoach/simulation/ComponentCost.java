package org.designcoach.simulation;

/**
 * What one component of a design costs a month, from the catalog's price of one instance.
 *
 * @param instances       the instances paid for: those drawn, times one plus the read replicas of each,
 *                        and two for a single multi-AZ instance (its standby runs, and is paid, all the time)
 * @param unitMonthlyCost dollars a month for one instance
 * @param monthlyCost     dollars a month for all of them: {@code instances × unitMonthlyCost}
 */
public record ComponentCost(String componentId, String name, String type, int instances, double unitMonthlyCost,
        double monthlyCost) {
}
