namespace Berdaya.Web.Layout;

/// <summary>What the region picker partial needs: the form field and its current value.</summary>
public sealed record RegionPickerModel(string Id, string Name, string Label, string? Value, string? CurrentName, string? Error);
