import type { UnitWithoutBreakdownView } from '@vielfalt/contracts';

/** German texts of the release pages and the protection settings (part of `de`, the source of truth). */
export const deReleases = {
  period: {
    label: 'Erhebungswelle',
    none: 'Es gibt noch keine Erhebungswelle.',
  },
  reasons: {
    'min-respondents': 'zu wenige Teilnehmende für eine eigene Aufschlüsselung',
  } satisfies Record<UnitWithoutBreakdownView['reason'], string>,
  tables: {
    headcount: 'Beschäftigte',
    respondents: 'Teilnehmende',
  },
  loss: {
    columns: {
      table: 'Tabelle',
      figures: 'Werte',
      suppressed: 'gesperrt',
      share: 'Anteil gesperrt',
      peopleWeightedShare: 'Anteil nach Personen gewichtet',
    },
    total: 'Alle Tabellen',
    reasonsTitle: 'Was eine Sperrung bedeutet',
    suppressedHint:
      'Ein Wert ist gesperrt, wenn er weniger als k Personen beschreibt, wenn er solche Werte sonst verraten würde oder wenn seine Einheit zu wenige Teilnehmende für eine eigene Aufschlüsselung hat. Welcher Grund bei welchem Wert vorliegt, wird nirgends gezeigt: Schon das verriete, dass es eine kleine Gruppe gibt.',
    peopleWeightedHint:
      'Der nach Personen gewichtete Anteil zählt jeden gesperrten Wert mit der Zahl der Personen, die er beschreibt.',
    chartTitle: 'Anteil gesperrter Werte je Tabelle (in Prozent)',
    chartCategory: 'Tabelle',
    chartShare: 'gesperrt (%)',
    chartPeopleWeighted: 'nach Personen gewichtet (%)',
  },
  audit: {
    passed: 'bestanden',
    failed: 'nicht bestanden',
    passedText:
      'Schutzprüfung bestanden: Für jeden gesperrten Wert ist nachgewiesen, dass er sich aus den veröffentlichten Zahlen (auch früherer Versionen) nicht enger als auf 0 bis k eingrenzen lässt.',
    narrowedText:
      'Zusammen mit den früher veröffentlichten Versionen lassen sich einzelne gesperrte Werte enger eingrenzen, als die Einstellungen erlauben; keine Sperrung in dieser Version kann das verhindern (höhere Einstellungen seither, oder was die Korrektur geändert hat). Veröffentlichen Sie eine Korrektur nur, wenn sie nötig ist.',
    failedText:
      'Schutzprüfung nicht bestanden: {{count}} gesperrte Werte ließen sich aus den veröffentlichten Zahlen zu genau eingrenzen. Dieser Stand kann nicht veröffentlicht werden; bitte wenden Sie sich an die IT.',
  },
  settingsValue: 'k = {{k}}, mindestens {{minRespondents}} Teilnehmende',
  lossValue: '{{share}} der Werte gesperrt ({{peopleWeighted}} nach Personen gewichtet)',
  units: {
    title: 'Einheiten ohne eigene Aufschlüsselung',
    intro:
      'Diese Einheiten zeigen keine eigene Aufschlüsselung nach den Befragungsmerkmalen; ihre Antworten zählen nur in den übergeordneten Einheiten mit.',
    caption: 'Einheiten ohne eigene Aufschlüsselung und der Grund',
    columns: {
      code: 'Kennung',
      name: 'Einheit',
      reason: 'Grund',
    },
    show: 'Einheiten ohne eigene Aufschlüsselung anzeigen ({{count}})',
    none: 'Alle Einheiten zeigen eine eigene Aufschlüsselung.',
  },
  publish: {
    title: 'Veröffentlichen',
    intro:
      'Eine Veröffentlichung ist der geschützte, unveränderliche Stand einer Erhebungswelle, den alle Diagramme und Exporte lesen. Prüfen Sie zuerst die Vorschau: was gesperrt wird und warum.',
    compute: 'Vorschau berechnen',
    computing: 'Vorschau wird berechnet …',
    computingHint:
      'Eine Korrektur wird zusammen mit den schon veröffentlichten Versionen geschützt; das kann bis zu einer Minute dauern.',
    previewTitle: 'Vorschau: {{period}}',
    facts: {
      version: 'Version',
      settings: 'Schutzeinstellungen',
      audit: 'Schutzprüfung',
      loss: 'Informationsverlust',
      earlier: 'Frühere Versionen (gemeinsam geschützt)',
    },
    firstVersion: 'Version {{version}} (erste Veröffentlichung)',
    correctionVersion: 'Version {{version}} (Korrektur)',
    noEarlierVersions: 'keine',
    correctionText:
      'Diese Welle ist schon veröffentlicht. Version {{version}} ist eine Korrektur: Sie wird gemeinsam mit allen bisherigen Versionen geschützt, denn wer die alten Zahlen kennt, könnte sonst die Differenz bilden. Dashboards und Exporte lesen danach die neue Version; die bisherigen bleiben für die Nachvollziehbarkeit erhalten.',
    crossTabsHidden:
      'Die Kreuztabelle {{tables}} zeigt (fast) niemanden: Kreuztabellen werden bisher nur dort veröffentlicht, wo in ihrer Einheit und darunter keine Zahl der beiden Merkmale gesperrt ist, und in kleinen Einheiten ist fast immer eine gesperrt. Die beiden Merkmale einzeln (oben) sind davon nicht betroffen.',
    lossTitle: 'Informationsverlust je Tabelle',
    lossCaption: 'Informationsverlust je Tabelle der Vorschau für {{period}}',
    confirmTitle: 'Bestätigen',
    irrevocable:
      'Eine Veröffentlichung lässt sich danach nicht mehr ändern oder löschen. Ein Fehler lässt sich nur mit einer neuen Version korrigieren.',
    note: 'Anmerkung (freiwillig)',
    noteCorrection: 'Grund der Korrektur (Pflichtangabe)',
    noteHint: 'Steht in der Übersicht der Veröffentlichungen bei dieser Version.',
    noteRequired: 'Bitte geben Sie an, warum eine neue Version veröffentlicht wird.',
    submit: 'Veröffentlichen …',
    notPublishable: 'Weil die Schutzprüfung nicht bestanden ist, lässt sich dieser Stand nicht veröffentlichen.',
    alreadyPublished:
      'Genau dieser Stand – dieselben Daten, dieselben Schutzeinstellungen – ist bereits als Version {{version}} veröffentlicht. Eine neue Version ist erst nach korrigierten Daten oder geänderten Schutzeinstellungen möglich.',
    dialog: {
      title: 'Version {{version}} von {{period}} veröffentlichen?',
      text: 'Nach der Veröffentlichung lesen alle Diagramme und Exporte diese Version. Sie kann nicht mehr geändert oder gelöscht werden.',
      cancel: 'Abbrechen',
      confirm: 'Veröffentlichen',
      pending: 'Wird veröffentlicht …',
    },
    published:
      'Veröffentlicht: Version {{version}} von {{period}} ist jetzt der Stand, den alle Diagramme und Exporte lesen.',
    toHistory: 'Zu den Veröffentlichungen dieser Welle',
    recompute: 'Vorschau neu berechnen',
  },
  history: {
    title: 'Veröffentlichungen',
    intro:
      'Jede veröffentlichte Version einer Erhebungswelle, neueste zuerst, mit den Schutzeinstellungen, mit denen sie gebildet wurde, und dem Informationsverlust. Diagramme und Exporte lesen immer die aktuelle Version.',
    caption: 'Veröffentlichte Versionen von {{period}}, neueste zuerst',
    columns: {
      version: 'Version',
      published: 'Veröffentlicht',
      note: 'Anmerkung',
      k: 'k',
      minRespondents: 'Mindestzahl Teilnehmende',
      loss: 'Anteil gesperrt (nach Personen gewichtet)',
      audit: 'Schutzprüfung',
      status: 'Status',
      details: 'Details',
    },
    publishedByAt: '{{time}} von {{person}}',
    noNote: '–',
    current: 'aktuell',
    superseded: 'ersetzt',
    showTables: 'Tabellen zeigen',
    hideTables: 'Tabellen verbergen',
    versionLabel: 'Version {{version}}',
    tablesCaption: 'Informationsverlust je Tabelle, Version {{version}} von {{period}}',
    unitsWithoutBreakdown: 'Einheiten ohne eigene Aufschlüsselung: {{count}}',
    narrowedMark: '(durch frühere Versionen eingegrenzt)',
    empty: 'Für diese Welle ist noch keine Version veröffentlicht.',
    publishLink: 'Diese Welle veröffentlichen',
  },
  settings: {
    title: 'Schutzeinstellungen',
    intro: 'Mit diesen Einstellungen schützt jede neue Veröffentlichung die Beschäftigten.',
    explainK:
      'k ist die kleinste Gruppe, über die etwas veröffentlicht wird: Jede Zahl zwischen 1 und k − 1 wird gesperrt, und weitere Zahlen so, dass sie sich auch nicht aus anderen ausrechnen lässt.',
    explainMinimum:
      'Die Mindestzahl der Teilnehmenden gilt je Organisationseinheit: Haben weniger Beschäftigte an der Befragung teilgenommen, zeigt die Einheit keine eigene Aufschlüsselung.',
    current: 'Geltende Einstellungen',
    k: 'k (kleinste veröffentlichte Gruppe)',
    minRespondents: 'Mindestzahl Teilnehmende je Einheit',
    changed: 'Zuletzt geändert',
    changedByAt: '{{time}} von {{person}}',
    defaults: 'Es gelten die Voreinstellungen.',
    floors: 'Untergrenzen, die sich nicht senken lassen: k mindestens {{k}}, Mindestzahl mindestens k.',
    appliesFrom:
      'Eine Änderung gilt für die nächste Veröffentlichung. Veröffentlichte Versionen behalten die Einstellungen, mit denen sie gebildet wurden.',
    readOnly: 'Ändern kann diese Einstellungen nur die IT-Administration.',
    formTitle: 'Einstellungen ändern',
    raiseHint:
      'Vor dem Erhöhen bedenken: Eine Korrektur einer schon veröffentlichten Welle muss mit dem leben, was die frühere Version unter den alten Einstellungen gezeigt hat. Werte, die erst nach den neuen Einstellungen zu klein sind, bleiben gesperrt, lassen sich aber aus der früheren Version schon eingrenzen; die Veröffentlichungsseite weist dann darauf hin.',
    kHint: 'Eine ganze Zahl von {{k}} bis {{maxK}}.',
    minRespondentsHint: 'Eine ganze Zahl, mindestens so groß wie k und höchstens {{max}}.',
    submit: 'Speichern',
    submitting: 'Wird gespeichert …',
    saved: 'Gespeichert: k = {{k}}, Mindestzahl {{minRespondents}}. Das gilt ab der nächsten Veröffentlichung.',
    errors: {
      kInteger: 'Bitte geben Sie k als ganze Zahl an.',
      kFloor: 'k darf nicht kleiner als {{k}} sein.',
      kCeiling: 'k darf nicht größer als {{maxK}} sein.',
      minRespondentsInteger: 'Bitte geben Sie die Mindestzahl als ganze Zahl an.',
      minRespondentsBelowK: 'Die Mindestzahl darf nicht kleiner als k sein.',
      minRespondentsCeiling: 'Die Mindestzahl darf nicht größer als {{max}} sein.',
      server: 'Der Server hat diesen Wert abgelehnt.',
    },
  },
};
