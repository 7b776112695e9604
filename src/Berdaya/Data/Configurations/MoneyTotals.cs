using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Berdaya.Data.Configurations;

/// <summary>
/// Columns that hold a sum of many entries: 28 digits, so no total of a program can overflow while each
/// entry stays within Rp 1 trillion (docs/domain.md, Bounds on input).
/// </summary>
internal static class MoneyTotals
{
    public const int Precision = 28;
    public const int Scale = 2;
}
