using MiniExcelLibs;

namespace Berdaya.TestBuilders;

/// <summary>XLSForm workbooks as field teams send them (decision 0025): each sheet a list of rows, its first row the header.</summary>
public static class XlsFormBuilder
{
    public static MemoryStream Workbook(params (string Sheet, string[][] Rows)[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
        {
            var header = rows[0];
            book[name] = rows.Skip(1)
                .Select(r => header.Select((h, i) => (h, v: i < r.Length && r[i].Length > 0 ? r[i] : null)).ToDictionary(x => x.h, x => (object?)x.v))
                .ToList();
        }

        var stream = new MemoryStream();
        stream.SaveAs(book, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    /// <summary>
    /// A yearly monitoring form as KoboToolbox exports it: metadata rows first, groups in both spellings, sheets and headers in mixed
    /// case, extra columns, labels in two languages, a range constraint, a rubric (books 3, regularity 5, markets 4).
    /// </summary>
    public static MemoryStream KoboMonitoring(string title = "Monitoring lapangan") => Workbook(
        ("Survey",
        [
            [
                "Type", "Name", "Label::Indonesian (id)", "label::English (en)", "Hint::Indonesian (id)", "REQUIRED", "Relevant", "Constraint", "parameters",
                "appearance", "$kuid", "berdaya_type", "berdaya_max_score",
            ],
            ["start", "start"],
            ["end", "end"],
            ["today", "today"],
            ["deviceid", "deviceid"],
            ["begin group", "usaha", "Usaha dan produksi", "Business and production"],
            ["integer", "jumlah", "Produksi sebulan (kg)", "Production a month (kg)", "Timbang hasil kering", "yes", "", ". >= 0 and . <= 500", "", "", "k1"],
            ["integer", "omzet", "Omset sebulan", "Turnover a month", "", "true()", "", "", "", "", "k2", "rupiah"],
            ["select_one bahan", "bahan", "Bahan baku dari mana?", "Where do raw materials come from?", "", "", "", "", "", "minimal", "k3"],
            ["select_one yn", "buku", "Mencatat pembukuan?", "Keeps books?", "", "yes", "", "", "", "", "k4", "", "3"],
            ["range", "rutin", "Seberapa rutin?", "How regular?", "", "yes", "${buku} = 'yes'", "", "start=1 end=5 step=1", "", "k5", "", "5"],
            ["end group", "usaha"],
            ["begin_group", "pemasaran", "Pemasaran", "Marketing"],
            ["select_multiple pasar", "pasar", "Ke mana produk dijual?", "Where is the product sold?", "", "yes", "", "", "", "", "k6", "", "4"],
            ["date", "panen", "Tanggal panen terakhir", "Last harvest"],
            ["text", "kendala", "Kendala terbesar", "Biggest difficulty"],
            ["image", "foto", "Foto tempat produksi", "Photo of the production place"],
            ["end_group", "pemasaran"],
        ]),
        ("CHOICES",
        [
            ["List Name", "Name", "Label::Indonesian (id)", "label::English (en)", "order"],
            ["bahan", "petani", "Petani desa", "Village farmers", "1"],
            ["bahan", "pasar", "Pasar Conggeang", "Conggeang market", "2"],
            ["yn", "yes", "Ya", "Yes"],
            ["yn", "no", "Tidak", "No"],
            ["pasar", "warung", "Warung desa", "Village shops"],
            ["pasar", "kota", "Pembeli di kota", "Buyers in town"],
        ]),
        ("Settings",
        [
            ["form_title", "form_id", "version", "default_language"],
            [title, "monitoring", "2026120601", "Indonesian (id)"],
        ]));
}
