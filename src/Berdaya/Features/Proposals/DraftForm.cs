using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Berdaya.Features.Proposals;

/// <summary>The draft form: the plan and one row per active group member.</summary>
public sealed class DraftForm
{
    public string? BusinessPlan { get; set; }
    public List<DraftRow> Rows { get; set; } = [];

    /// <summary>
    /// The program's cap per partner, set by the page (never read from the form). A request above it may be drafted, but no
    /// decision can approve it (docs/domain.md, Proposals, surveys and decisions), so the row says so from the start.
    /// </summary>
    [BindNever]
    public decimal Cap { get; set; }

    public bool IsAboveCap(DraftRow row) => Cap > 0 && row.Amount > Cap;

    public int AboveCap => Rows.Count(IsAboveCap);

    public decimal Total => Rows.Sum(r => r.Amount ?? 0);

    public int Applying => Rows.Count(r => r.Amount is not null);

    /// <summary>Rows with an amount or a purpose are requests; the others are members not applying.</summary>
    public (List<ItemInput> Items, List<int> RowOfItem) Items()
    {
        var items = new List<ItemInput>();
        var map = new List<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            if (r.Amount is not null || !string.IsNullOrWhiteSpace(r.Purpose))
            {
                items.Add(new ItemInput(r.PartnerId, r.Amount ?? 0, r.Purpose));
                map.Add(i);
            }
        }

        return (items, map);
    }
}

public sealed class DraftRow
{
    public Guid PartnerId { get; set; }
    public string OwnerName { get; set; } = "";
    public decimal? Amount { get; set; }
    public string? Purpose { get; set; }
}
