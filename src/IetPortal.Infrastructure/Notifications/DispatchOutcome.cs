namespace IetPortal.Infrastructure.Notifications;

/// <summary>What one <see cref="OutboxDispatcher.DispatchDueAsync"/> pass did.</summary>
/// <param name="Sent">Messages handed to the mail system and marked sent.</param>
/// <param name="Failed">Messages whose delivery failed (scheduled for a retry, or given up).</param>
/// <param name="Skipped">Due messages another node claimed first.</param>
public readonly record struct DispatchOutcome(int Sent, int Failed, int Skipped)
{
    /// <summary>Messages this pass claimed and tried.</summary>
    public int Processed => Sent + Failed;
}
