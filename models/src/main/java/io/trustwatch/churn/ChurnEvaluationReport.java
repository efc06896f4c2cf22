package io.trustwatch.churn;

/**
 * How well the silent-churn alert ({@code isSilent && band == high}) finds silent churners.
 *
 * @param precision                 share of alerts that are silent churners (NaN when there is no alert)
 * @param recall                    share of silent churners alerted (NaN when there is none)
 * @param prAuc                     average precision of the silent-alert ranking (see {@link PrecisionRecallCurve})
 * @param quietHappyFalseAlarmRate  share of quiet-happy customers alerted (NaN when there is none)
 * @param alerts                    customers alerted
 * @param silentChurners            silent churners in the data
 * @param quietHappy                quiet-happy customers in the data
 * @param customers                 customers in the data
 */
public record ChurnEvaluationReport(
    double precision,
    double recall,
    double prAuc,
    double quietHappyFalseAlarmRate,
    int alerts,
    int silentChurners,
    int quietHappy,
    int customers) {}
