namespace Berdaya.Domain.Common;

/// <summary>
/// Rows derived from audited records (installment balances from payments, ledger lines from their
/// entry, month-end snapshots from loans). The audit trail records the cause, not each derived row.
/// </summary>
public interface INotAudited;
