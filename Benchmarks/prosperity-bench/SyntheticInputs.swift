import Foundation

/// Writes a synthetic inputs folder that follows the input contract at any scale: the five
/// engines, the nine localities, a catalog, and per quarter each engine's KPI file (per-locality and
/// region-wide rows) and activity file (Hebrew titles, quoted fields with commas and doubled
/// quotes). The `mix` says how each engine's files are spelled (``FileForm``); the data are the
/// same in both mixes. The same arguments always give the same bytes.
struct SyntheticInputs {
  let quarters: Int
  let activities: Int
  let folder: String
  var mix = InputMix.realistic
  var random = SplitMix64(seed: 20_261_129)
  /// Draws for what only the realistic mix holds, apart from `random` so that the data both
  /// mixes share are drawn alike.
  var extras = SplitMix64(seed: 15)

  static let engines = [
    ("agritech", "חקלאות מתקדמת בתנאי ספר מדבר", "Advanced agriculture"),
    ("media", "תעשיית המדיה", "Media industry"),
    ("rehabilitation", "שיקום ושילוב בקהילה", "Rehabilitation and community integration"),
    ("rahat", "רהט כמטרופולין ייחודית", "Rahat as a unique metropolis"),
    ("tourism", "תיירות", "Tourism"),
  ]
  static let localities = [
    ("sderot", "שדרות", "Sderot"), ("netivot", "נתיבות", "Netivot"), ("ofakim", "אופקים", "Ofakim"),
    ("rahat", "רהט", "Rahat"), ("eshkol", "אשכול", "Eshkol"),
    ("shaar_hanegev", "שער הנגב", "Sha'ar HaNegev"),
    ("sdot_negev", "שדות נגב", "Sdot Negev"), ("merhavim", "מרחבים", "Merhavim"),
    ("bnei_shimon", "בני שמעון", "Bnei Shimon"),
  ]
  static let titles = [
    "גוף מתכלל – מיפוי שחקנים", "מיתוג משותף \"הנגב המערבי\"", "משיכת גופי מימון, רב מגזרי",
    "הקמת האב ואקסלרטור", "חיזוק המחקר היישומי במו\"פים", "מסלולי הכשרה למקצועות פרא-רפואיים",
    "פורום בעלי עניין", "רהט כמרכז תחבורתי אזורי", "מיפוי מיזמים של חיים משותפים",
  ]

  mutating func write() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try catalog()
    var quarter = (year: 2024, number: 1)
    for _ in 0..<quarters {
      let name = "\(quarter.year)-Q\(quarter.number)"
      let directory = folder + "/" + name
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      for (engine, _, _) in Self.engines {
        let form = mix == .clean ? FileForm.clean : FileForm.realistic(engine)
        try kpis(engine, quarter: quarter.number, form: form, to: directory + "/\(engine)-kpis.csv")
        try activityFile(
          engine, year: quarter.year, form: form, to: directory + "/\(engine)-activities.csv")
      }
      quarter = quarter.number == 4 ? (quarter.year + 1, 1) : (quarter.year, quarter.number + 1)
    }
  }

  private func catalog() throws {
    var engines = "engine,name_he,name_en\n"
    var measures = "measure,engine,name_he,name_en,unit,kind\n"
    var indicators = "indicator,engine,name_he,name_en,unit,formula,direction,headline\n"
    var targets = "indicator,period,target\n"
    for (id, he, en) in Self.engines {
      engines += "\(id),\(he),\(en)\n"
      measures += "\(id).participants,\(id),משתתפים,Participants,count,flow\n"
      measures += "\(id).graduates,\(id),מסיימים,Graduates,count,flow\n"
      measures += "\(id).companies,\(id),חברות,Companies,count,stock\n"
      measures += "\(id).revenue,\(id),הכנסות,Revenue,ils,flow\n"
      if mix == .realistic {
        measures += "\(id).employment_rate,\(id),שיעור תעסוקה,Employment rate,percent,stock\n"
        measures += "\(id).exports,\(id),ייצוא,Exports,usd,flow\n"
      }
      indicators +=
        "\(id).participants_total,\(id),\"משתתפים – סה\"\"כ\",Participants,count,\(id).participants,up,yes\n"
      indicators +=
        "\(id).graduation_rate,\(id),שיעור סיום,Graduation rate,percent,\(id).graduates / \(id).participants,up,yes\n"
      indicators += "\(id).companies_level,\(id),חברות,Companies,count,\(id).companies,up,no\n"
      indicators +=
        "\(id).revenue_per_company,\(id),הכנסה לחברה,Revenue per company,ils,\(id).revenue / \(id).companies,up,no\n"
      indicators +=
        "\(id).budget_execution,\(id),ביצוע תקציב,Budget execution,percent,activities.budget_spent / activities.budget_planned,up,no\n"
      indicators +=
        "\(id).delayed_share,\(id),שיעור מתעכבות,Delayed share,percent,activities.delayed / activities.count,down,no\n"
      for year in 2024...2030 {
        targets +=
          "\(id).participants_total,\(year),\(4000 * 9)\n\(id).graduation_rate,\(year),80%\n"
        targets += "\(id).budget_execution,\(year),0.9\n\(id).delayed_share,\(year),0.15\n"
      }
    }
    var localities = "locality,name_he,name_en\n"
    for (id, he, en) in Self.localities { localities += "\(id),\(he),\(en)\n" }
    for (name, text) in [
      ("engines.csv", engines), ("measures.csv", measures), ("indicators.csv", indicators),
      ("targets.csv", targets), ("localities.csv", localities),
    ] {
      try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8)).write(
        to: URL(fileURLWithPath: folder + "/" + name))
    }
  }

  private mutating func kpis(
    _ engine: String, quarter: Int, form: FileForm, to path: String
  ) throws {
    var text = "measure,value,locality,source,notes\n"
    for (locality, he, en) in Self.localities {
      let participants = 500 + random.next(below: 3000)
      let graduates = participants * (50 + random.next(below: 45)) / 100
      let name = random.next(below: 2) == 0 ? he : en
      let quotedName = name.contains("'") || name.contains(",") ? "\"\(name)\"" : name
      text +=
        "\(engine).participants,\(FileForm.amount(participants, form.counts)),\(quotedName),מערכת רישום,\n"
      text += "\(engine).graduates,\(graduates),\(locality),מערכת רישום,\"הערה, עם פסיק\"\n"
    }
    text += "\(engine).companies,\(20 + random.next(below: 80)),,דיווח מנהלת,\n"
    let revenue = FileForm.amount(100_000 + random.next(below: 5_000_000), form.revenue)
    text += "\(engine).revenue,\(revenue),,דיווח מנהלת,\n"
    if form.reportsExtraMeasures {
      var rate = form.rate(tenthsOfPercent: 400 + extras.next(below: 550))
      var exports = FileForm.amount(10_000 + extras.next(below: 3_000_000), form.exports)
      if form.gap == .employmentRateEmptyInQ2 && quarter == 2 { rate = "" }
      if form.gap == .exportsNotApplicableInQ1 && quarter == 1 { exports = "n/a" }
      text += "\(engine).employment_rate,\(rate),,סקר כוח אדם,\n"
      text += "\(engine).exports,\(exports),,דיווח מנהלת,\n"
    }
    try Data(form.preamble + form.bytes(text)).write(to: URL(fileURLWithPath: path))
  }

  private mutating func activityFile(
    _ engine: String, year: Int, form: FileForm, to path: String
  ) throws {
    FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.write(contentsOf: Data(form.preamble))
    var buffer =
      "activity_id,title,category,lead,status,start,end,budget_planned,budget_spent,participants,notes\n"
    for index in 0..<activities {
      let plain = Self.titles[random.next(below: Self.titles.count)]
      let status = form.status(FileForm.drawnStatuses[random.next(below: 8)])
      let planned = 10_000 + random.next(below: 2_000_000)
      let spent = planned * random.next(below: 110) / 100
      let month = 1 + random.next(below: 12)
      let day = 1 + random.next(below: 28)
      let start = form.date(year: year, month: month, day: day, index: index)
      let title = form.title("\(plain) \(index)")
      let budgets =
        FileForm.amount(planned, form.budgets) + "," + FileForm.amount(spent, form.budgets)
      buffer +=
        "\(engine.prefix(3).uppercased())-\(index),\(title),תכלול,אשכול נגב מערבי,\(status),\(start),,\(budgets),\(random.next(below: 200)),\n"
      if buffer.utf8.count > 1 << 20 {
        try handle.write(contentsOf: Data(form.bytes(buffer)))
        buffer = ""
      }
    }
    try handle.write(contentsOf: Data(form.bytes(buffer)))
  }
}

/// A small, fast, seeded generator (SplitMix64), so the data is the same on every machine.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
