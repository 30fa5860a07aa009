import { deCatalogue } from './de-catalogue';
import { deReleases } from './de-releases';
import { deUpload } from './de-upload';
import type { AuditAction, AuditDetailKey, AuditOutcome, ErrorCode, Role } from '@vielfalt/contracts';

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
    releasesPublish: 'Veröffentlichen',
    releases: 'Veröffentlichungen',
    settingsProtection: 'Schutzeinstellungen',
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
    denied:
      'Sie haben keinen Zugriff auf die Seite „{{page}}“: Ihre Rollen sehen sie nicht vor. Falls Sie sie brauchen, wenden Sie sich an die IT.',
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
      release_preview: 'Veröffentlichung vorab berechnet',
      release_publish: 'Veröffentlichung',
      settings_protection_update: 'Schutzeinstellungen geändert',
    } satisfies Record<KeySafe<AuditAction>, string>,
    outcomes: {
      success: 'erfolgreich',
      failure: 'fehlgeschlagen',
    } satisfies Record<AuditOutcome, string>,
    noActor: 'unbekannt',
    noDetails: 'keine',
    detailKeys: {
      reason: 'Grund',
      clientAddress: 'Adresse',
      username: 'Benutzername',
      roles: 'Rollen',
      key: 'Schlüssel',
      version: 'Version',
      created: 'neu',
      updated: 'geändert',
      fileName: 'Datei',
      uploadId: 'Upload',
      period: 'Welle',
      units: 'Einheiten',
      releaseId: 'Veröffentlichung',
      dataVersion: 'Datenstand',
      k: 'k',
      minRespondents: 'Mindestzahl',
      earlierVersions: 'frühere Versionen',
      figures: 'Werte',
      suppressed: 'gesperrt',
      unitsWithoutBreakdown: 'Einheiten ohne Aufschlüsselung',
      note: 'Grund der Korrektur',
      before: 'vorher',
      after: 'nachher',
    } satisfies Record<AuditDetailKey, string>,
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
  upload: deUpload,
  catalogue: deCatalogue,
  releases: deReleases,
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
    release_data_changed:
      'Nicht veröffentlicht: Die Daten dieser Welle haben sich seit der Vorschau geändert. Bitte berechnen Sie die Vorschau neu und prüfen Sie sie noch einmal.',
    release_settings_changed:
      'Nicht veröffentlicht: Die Schutzeinstellungen (k, Mindestzahl Teilnehmender) wurden seit der Vorschau geändert. Bitte berechnen Sie die Vorschau neu und prüfen Sie sie noch einmal.',
    release_already_published:
      'Nicht veröffentlicht: Genau dieser Stand – dieselben Daten, dieselben Schutzeinstellungen – ist bereits veröffentlicht. Nichts wurde gespeichert. Eine neue Version ist erst nach korrigierten Daten oder geänderten Schutzeinstellungen möglich.',
    release_version_conflict:
      'Nicht veröffentlicht: Gleichzeitig wurde eine andere Veröffentlichung dieser Welle gespeichert. Nichts wurde gespeichert. Bitte sehen Sie in den Veröffentlichungen nach und berechnen Sie die Vorschau neu.',
    release_note_required: 'Nicht veröffentlicht: Für eine Korrektur ist ein Grund nötig.',
    release_audit_failed:
      'Nicht veröffentlicht: Die Schutzprüfung ist fehlgeschlagen. Nichts wurde gespeichert; bitte wenden Sie sich an die IT.',
    release_no_data:
      'Für diese Welle gibt es noch keine Daten. Das Personalamt muss ihre Zahlen hochladen und übernehmen, bevor sie veröffentlicht werden kann.',
    release_data_not_publishable:
      'Die Daten dieser Welle lassen sich so nicht veröffentlichen: Sie passen nicht zur Organisation am Stichtag oder zum Katalog der Welle. Bitte klären Sie die Daten mit dem Personalamt.',
    release_data_not_protectable:
      'Die Daten dieser Welle lassen sich so nicht schützen und veröffentlichen, weil sie in sich nicht stimmig sind. Bitte klären Sie die Daten mit dem Personalamt.',
    network_error: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
  } satisfies Record<ClientErrorCode, string>,
};

/** The shape every language must fill, key by key. */
export type Dictionary = typeof de;
