import type {
  AuditAction,
  AuditOutcome,
  ChoiceKind,
  ErrorCode,
  PeriodStatus,
  Role,
  UploadDifference,
  UploadStatus,
} from '@vielfalt/contracts';

/** `auth.login` → `auth_login`: ngx-translate reads dots in a key as nesting. */
export type KeySafe<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${KeySafe<Tail>}` : S;

/** Error codes the browser produces itself, next to those of the API. */
export type ClientErrorCode = ErrorCode | 'network_error';

/**
 * The German texts: the source of truth. Every other language is typed as `Dictionary`, so a
 * missing or extra key there is a compile error. Interpolation uses `{{name}}`.
 */
export const de = {
  app: {
    name: 'Vielfaltsmonitor',
    skipToContent: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
  },
  nav: {
    label: 'Hauptnavigation',
    start: 'Start',
    audit: 'Audit-Protokoll',
    upload: 'Upload',
    catalogue: 'Katalog',
    adminUsers: 'Benutzer',
  },
  language: {
    label: 'Sprache wählen',
  },
  session: {
    signedInAs: 'Angemeldet als',
    logout: 'Abmelden',
  },
  login: {
    title: 'Anmelden',
    intro: 'Bitte melden Sie sich mit Ihrem Benutzerkonto an.',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    required: 'Bitte geben Sie Benutzername und Passwort ein.',
  },
  home: {
    title: 'Start',
    greeting: 'Guten Tag, {{name}}.',
    rolesIntro: 'Sie arbeiten im Vielfaltsmonitor in diesen Rollen:',
    noRoles: 'Ihrem Konto ist noch keine Rolle zugewiesen. Bitte wenden Sie sich an die IT.',
  },
  roles: {
    hr: {
      label: 'Personalamt',
      description:
        'Lädt Personalstände und Befragungsergebnisse hoch, sieht Prüffehler zeilengenau und verwaltet den Verlauf der Uploads.',
    },
    leadership: {
      label: 'Verwaltungsführung',
      description: 'Sieht das Dashboard mit ausschließlich geschützten Zahlen, auf Wunsch für den eigenen Bereich.',
    },
    stabsstelle: {
      label: 'Stabsstelle Integration',
      description:
        'Sieht alles, was die Verwaltungsführung sieht, pflegt Kategorienkatalog und Vergleichswerte, veröffentlicht Stände und exportiert anonymisierte Berichte.',
    },
    council: {
      label: 'Personalrat',
      description:
        'Liest Schutzeinstellungen, Veröffentlichungen und das Audit-Protokoll – Transparenz für die Mitbestimmung.',
    },
    admin: {
      label: 'IT-Administration',
      description:
        'Verwaltet Benutzer und Rollen, die Organisationsstruktur und die Schutzschwellen (mit einer Untergrenze, die sich nicht senken lässt).',
    },
  } satisfies Record<Role, { label: string; description: string }>,
  audit: {
    title: 'Audit-Protokoll',
    intro: 'Wer hat wann was getan: Anmeldungen, Uploads, Veröffentlichungen, Exporte und Änderungen an Einstellungen.',
    filterLegend: 'Einträge filtern',
    filterLabel: 'Aktion',
    allActions: 'Alle Aktionen',
    applyFilter: 'Filter anwenden',
    caption: 'Audit-Ereignisse, neueste zuerst',
    columns: {
      occurredAt: 'Zeitpunkt',
      action: 'Aktion',
      outcome: 'Ergebnis',
      actor: 'Person',
      details: 'Details',
    },
    actions: {
      auth_login: 'Anmeldung',
      auth_logout: 'Abmeldung',
      user_create: 'Benutzer angelegt',
      catalogue_period_create: 'Erhebungswelle angelegt',
      catalogue_attribute_create: 'Strukturmerkmal angelegt',
      catalogue_dimension_create: 'Befragungsmerkmal angelegt',
      catalogue_dimension_version: 'Neue Kategorien-Version',
      catalogue_units_import: 'Organisationseinheiten importiert',
      upload_check: 'Upload geprüft',
      upload_commit: 'Upload übernommen',
      upload_rollback: 'Upload zurückgerollt',
    } satisfies Record<KeySafe<AuditAction>, string>,
    outcomes: {
      success: 'erfolgreich',
      failure: 'fehlgeschlagen',
    } satisfies Record<AuditOutcome, string>,
    noActor: 'unbekannt',
    noDetails: 'keine',
    empty: 'Keine Einträge gefunden.',
    total: '{{total}} Einträge',
    pagination: 'Seiten',
    pageOf: 'Seite {{page}} von {{pages}}',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
  },
  admin: {
    users: {
      title: 'Benutzer',
      intro: 'Benutzerkonten und ihre Rollen. Jede Anlage steht im Audit-Protokoll.',
      listCaption: 'Alle Benutzerkonten',
      columns: {
        username: 'Benutzername',
        displayName: 'Name',
        roles: 'Rollen',
        active: 'Status',
      },
      active: 'aktiv',
      inactive: 'deaktiviert',
      empty: 'Noch keine Benutzerkonten.',
      createTitle: 'Benutzer anlegen',
      username: 'Benutzername',
      usernameHint: '2 bis 63 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Unterstrich oder Bindestrich.',
      displayName: 'Anzeigename',
      password: 'Anfangspasswort',
      passwordHint: 'Mindestens {{min}} Zeichen.',
      roles: 'Rollen',
      submit: 'Benutzer anlegen',
      submitting: 'Wird angelegt …',
      created: 'Das Benutzerkonto „{{username}}“ wurde angelegt.',
      required: 'Bitte ausfüllen.',
      rolesRequired: 'Bitte wählen Sie mindestens eine Rolle.',
      usernameTaken: 'Dieser Benutzername ist bereits vergeben.',
      fieldErrors: {
        username: 'Der Benutzername entspricht nicht den Regeln.',
        displayName: 'Der Anzeigename muss 1 bis 128 Zeichen lang sein.',
        password: 'Das Passwort ist zu kurz oder zu lang.',
        roles: 'Bitte wählen Sie gültige Rollen, jede höchstens einmal.',
      },
      fieldErrorFallback: 'Diese Angabe ist ungültig.',
    },
  },
  upload: {
    title: 'Upload',
    intro:
      'Personalstände und Befragungsergebnisse einer Erhebungswelle bringen Sie in zwei Schritten ein: erst prüfen, dann übernehmen. Nichts wird gelöscht; jeder Schritt steht im Audit-Protokoll.',
    period: {
      label: 'Erhebungswelle',
      none: 'Es gibt noch keine Erhebungswelle. Die Stabsstelle Integration legt sie im Katalog an.',
    },
    template: {
      title: 'Vorlage herunterladen',
      intro: 'Die Vorlage der gewählten Welle nennt die Spalten, die Organisationseinheiten und die Kategorien.',
      xlsx: 'Vorlage für {{period}} als Excel-Datei (XLSX)',
      csv: 'Vorlage für {{period}} als CSV-Datei',
    },
    check: {
      title: 'Datei prüfen',
      file: 'Datei (CSV oder XLSX)',
      fileHint:
        'Eine Datei enthält genau eine Erhebungswelle. Beim Prüfen ändert sich an den Daten noch nichts; übernommen wird erst im zweiten Schritt.',
      submit: 'Prüfen',
      submitting: 'Wird geprüft …',
      fileRequired: 'Bitte wählen Sie eine Datei.',
    },
    status: {
      rejected: 'abgelehnt',
      checked: 'geprüft',
      committed: 'übernommen',
    } satisfies Record<UploadStatus, string>,
    measures: {
      headcount: 'Beschäftigte',
      respondents: 'Teilnehmende',
      answers: 'Antworten',
    } satisfies Record<UploadDifference['measure'], string>,
    report: {
      title: 'Prüfbericht',
      status: 'Status',
      period: 'Erhebungswelle',
      uploaded: 'Hochgeladen',
      uploadedByAt: '{{time}} von {{person}}',
      dataRows: 'Datenzeilen',
      units: 'Organisationseinheiten',
      errors: 'Fehler',
      warnings: 'Warnungen',
      sha256: 'Prüfsumme (SHA-256)',
      noPeriod: 'nicht erkannt',
      rejectedNote:
        'Die Datei hat Fehler und kann nicht übernommen werden. Bitte korrigieren Sie die Datei und prüfen Sie sie erneut.',
      checkedNote:
        'Die Datei ist fehlerfrei. Mit „Übernehmen“ werden ihre Zahlen zu den aktuellen Daten der Welle für die Einheiten, die sie enthält; die Daten anderer Einheiten bleiben.',
      committedNote: 'Diese Datei ist übernommen.',
      errorsCaption: 'Fehler in der Datei',
      warningsCaption: 'Warnungen zur Datei',
      listedPart: 'Aufgeführt sind die ersten {{listed}} von {{total}}.',
      noErrors: 'Keine Fehler.',
      noWarnings: 'Keine Warnungen.',
      columns: {
        sheet: 'Blatt',
        row: 'Zeile',
        column: 'Spalte',
        value: 'Wert',
        message: 'Meldung',
      },
      commit: 'Übernehmen',
      committing: 'Wird übernommen …',
      committed: 'Übernommen: Die Zahlen aus „{{file}}“ sind jetzt die aktuellen Daten der Welle {{period}}.',
    },
    history: {
      title: 'Verlauf',
      caption: 'Uploads der Welle {{period}}, neueste zuerst',
      columns: {
        uploadedAt: 'Zeitpunkt',
        file: 'Datei',
        uploadedBy: 'Person',
        status: 'Status',
        dataRows: 'Zeilen',
        problems: 'Fehler / Warnungen',
        current: 'Aktuell',
        actions: 'Aktionen',
      },
      current: 'ja',
      notCurrent: 'nein',
      empty: 'Für diese Welle wurde noch nichts hochgeladen.',
      showReport: 'Bericht',
      compare: 'Vergleichen',
      compareChosen: 'Zum Vergleich gewählt',
      compareHint: '„{{file}}“ ist zum Vergleich gewählt. Wählen Sie bei einem zweiten Upload „Vergleichen“.',
      rollBack: 'Zurückrollen auf diesen Stand',
      rolledBack: 'Die Welle {{period}} steht wieder auf dem Stand nach „{{file}}“.',
    },
    rollBack: {
      title: 'Auf diesen Stand zurückrollen?',
      text: 'Die Daten der Welle {{period}} werden auf den Stand direkt nach der Übernahme von „{{file}}“ ({{time}}) zurückgesetzt.',
      keep: 'Nichts wird gelöscht: Spätere Uploads bleiben im Verlauf, der Schritt steht im Audit-Protokoll.',
      confirm: 'Zurückrollen',
      cancel: 'Abbrechen',
      pending: 'Wird zurückgerollt …',
    },
    diff: {
      title: 'Vergleich',
      summary:
        'Von „{{from}}“ ({{fromTime}}) zu „{{to}}“ ({{toTime}}): {{count}} Unterschiede, {{unchanged}} Werte unverändert.',
      caption: 'Unterschiede von „{{from}}“ zu „{{to}}“',
      columns: {
        unit: 'Einheit',
        measure: 'Kennzahl',
        attributes: 'Strukturmerkmale',
        category: 'Kategorie',
        before: 'Vorher',
        after: 'Nachher',
      },
      allAttributes: 'gesamt',
      absent: 'fehlt',
      listedPart: 'Aufgeführt sind die ersten {{listed}} von {{total}} Unterschieden.',
      none: 'Die beiden Uploads enthalten dieselben Zahlen.',
      close: 'Vergleich schließen',
    },
    errors: {
      commitConflict:
        'Die Datei kann nicht übernommen werden: Seit der Prüfung wurden andere Daten dieser Welle übernommen oder zurückgerollt, oder die Datei ist schon übernommen. Bitte prüfen Sie die Datei erneut.',
      rollBackConflict: 'Nichts zu tun: Die Daten der Welle stehen bereits auf diesem Stand.',
    },
  },
  catalogue: {
    title: 'Katalog',
    intro:
      'Das Vokabular des Vielfaltsmonitors: Erhebungswellen, Organisationseinheiten, Strukturmerkmale und Befragungsmerkmale mit ihren Kategorien. Jede Änderung steht im Audit-Protokoll.',
    periods: {
      title: 'Erhebungswellen',
      caption: 'Alle Erhebungswellen',
      columns: {
        key: 'Schlüssel',
        label: 'Bezeichnung',
        referenceDate: 'Stichtag',
        status: 'Status',
      },
      status: {
        open: 'offen',
        published: 'veröffentlicht',
      } satisfies Record<PeriodStatus, string>,
      empty: 'Noch keine Erhebungswelle.',
      createTitle: 'Erhebungswelle anlegen',
      key: 'Schlüssel',
      keyHint: 'So steht die Welle in den Upload-Dateien, z. B. 2026: bis zu 32 Buchstaben, Ziffern, „_“ oder „-“.',
      label: 'Bezeichnung',
      referenceDate: 'Stichtag',
      submit: 'Erhebungswelle anlegen',
      submitting: 'Wird angelegt …',
      created: 'Die Erhebungswelle „{{key}}“ wurde angelegt.',
      required: 'Bitte ausfüllen.',
      fieldErrors: {
        key: 'Der Schlüssel entspricht nicht den Regeln.',
        label: 'Die Bezeichnung muss 1 bis 200 Zeichen lang sein.',
        referenceDate: 'Bitte geben Sie ein gültiges Datum an.',
      },
      taken: {
        key: 'Diesen Schlüssel gibt es bereits.',
        referenceDate: 'Für diesen Stichtag gibt es bereits eine Erhebungswelle.',
      },
    },
    units: {
      title: 'Organisationseinheiten',
      at: 'Stichtag',
      atHint: 'Gezeigt wird die Organisation, wie sie an diesem Tag gilt.',
      show: 'Anzeigen',
      treeLabel: 'Organisationseinheiten am {{date}}',
      count: '{{count}} Einheiten gelten am {{date}}.',
      validFrom: 'gültig seit {{from}}',
      validRange: 'gültig vom {{from}} bis {{to}}',
      successors: 'Nachfolger: {{codes}}',
      empty: 'An diesem Tag gilt keine Organisationseinheit.',
      importTitle: 'Organisationseinheiten importieren',
      importIntro:
        'Eine CSV-Datei mit den Spalten code;name;parent_code;valid_from;valid_to;successor (mehrere Nachfolger mit „|“ getrennt). Alle Zeilen oder keine: Enthält die Datei einen Fehler, ändert sich nichts.',
      file: 'Datei (CSV)',
      fileRequired: 'Bitte wählen Sie eine Datei.',
      submit: 'Importieren',
      submitting: 'Wird importiert …',
      imported: 'Import abgeschlossen: {{created}} Einheiten angelegt, {{updated}} geändert.',
      problemsCaption: 'Probleme in der Datei',
      problemsNote: 'Die Datei wurde nicht übernommen. Die Meldungen des Servers gibt es nur auf Englisch.',
      columns: {
        row: 'Zeile',
        column: 'Spalte',
        value: 'Wert',
        message: 'Meldung',
      },
    },
    attributes: {
      title: 'Strukturmerkmale',
      intro:
        'Angaben, die das Personalamt führt, nicht selbst berichtete. Sie werden bisher über die Programmierschnittstelle angelegt.',
      caption: 'Strukturmerkmale und ihre Werte',
      columns: {
        label: 'Merkmal',
        key: 'Schlüssel',
        values: 'Werte',
      },
      empty: 'Noch keine Strukturmerkmale.',
    },
    dimensions: {
      title: 'Befragungsmerkmale',
      intro:
        'Selbst berichtete Merkmale mit ihren Kategorien, versioniert je Erhebungswelle, mit der Angabe, wer der Formulierung wann zugestimmt hat. Sie werden bisher über die Programmierschnittstelle angelegt.',
      choice: 'Antwortart',
      choices: {
        single: 'Einfachauswahl: die Kategorien ergeben zusammen die Teilnehmenden',
        multi: 'Mehrfachauswahl: eine Person kann mehrere Kategorien wählen',
      } satisfies Record<ChoiceKind, string>,
      version: 'Version {{version}}, gültig ab Welle {{period}}',
      agreed: 'Abgestimmt mit {{by}} am {{on}}',
      categories: 'Kategorien',
      mappingCaption: 'Zuordnung der Kategorien von Version {{previous}} zu Version {{version}}',
      mappingColumns: {
        from: 'Version {{previous}}',
        to: 'Version {{version}}',
      },
      empty: 'Noch keine Befragungsmerkmale.',
    },
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Adresse gibt es im Vielfaltsmonitor nicht.',
    home: 'Zur Startseite',
  },
  chart: {
    showTable: 'Tabelle zum Diagramm',
    category: 'Kategorie',
    suppressed: 'unterdrückt',
    suppressedNote: '„< k“: Der Wert ist unterdrückt, weil er Rückschlüsse auf weniger als k Personen zulassen würde.',
    summary: {
      empty: '{{title}}: keine Werte.',
      allSuppressed: '{{title}}: alle {{total}} Werte sind zum Schutz unterdrückt.',
      highest: '{{title}}: Der höchste Wert ist {{value}} ({{series}}, {{category}}).',
      highestWithSuppressed:
        '{{title}}: Der höchste Wert ist {{value}} ({{series}}, {{category}}); {{suppressed}} von {{total}} Werten sind zum Schutz unterdrückt.',
    },
  },
  errors: {
    validation_failed: 'Die Angaben sind unvollständig oder ungültig.',
    invalid_credentials: 'Benutzername oder Passwort ist falsch.',
    not_authenticated: 'Bitte melden Sie sich an.',
    forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
    csrf_token_invalid: 'Die Sicherheitsprüfung ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
    not_found: 'Das Gesuchte wurde nicht gefunden.',
    conflict: 'Das gibt es bereits.',
    too_many_requests: 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    payload_too_large: 'Die Datei ist zu groß.',
    internal_error: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    network_error: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
  } satisfies Record<ClientErrorCode, string>,
};

/** The shape every language must fill, key by key. */
export type Dictionary = typeof de;
