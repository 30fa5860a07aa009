import type { Dictionary } from './de';

/** English texts of the release pages and the protection settings. */
export const enReleases: Dictionary['releases'] = {
  period: {
    label: 'Survey wave',
    none: 'There is no survey wave yet.',
  },
  reasons: {
    'min-respondents': 'too few respondents for a breakdown of its own',
  },
  tables: {
    headcount: 'Staff',
    respondents: 'Respondents',
  },
  loss: {
    columns: {
      table: 'Table',
      figures: 'Figures',
      suppressed: 'suppressed',
      share: 'Share suppressed',
      peopleWeightedShare: 'Share weighted by people',
    },
    total: 'All tables',
    reasonsTitle: 'What a suppression means',
    suppressedHint:
      'A figure is suppressed if it describes fewer than k people, if it would otherwise give such figures away, or if its unit has too few respondents for a breakdown of its own. Which reason applies to which figure is shown nowhere: that alone would reveal that a small group exists.',
    peopleWeightedHint:
      'The people-weighted share counts every suppressed figure by the number of people it describes.',
    chartTitle: 'Share of suppressed figures per table (per cent)',
    chartCategory: 'Table',
    chartShare: 'suppressed (%)',
    chartPeopleWeighted: 'weighted by people (%)',
  },
  audit: {
    passed: 'passed',
    failed: 'failed',
    passedText:
      'Protection audit passed: for every suppressed figure it is proven that the published figures (of earlier versions too) cannot narrow it down to less than 0 to k.',
    narrowedText:
      'Together with the versions published before, some suppressed figures can be narrowed further than the settings allow; no suppression in this version can prevent it (settings raised since, or what the correction changed). Publish a correction only if it is needed.',
    failedText:
      'Protection audit failed: {{count}} suppressed figures could be narrowed down too far from the published figures. This state cannot be published; please contact IT.',
  },
  settingsValue: 'k = {{k}}, at least {{minRespondents}} respondents',
  lossValue: '{{share}} of figures suppressed ({{peopleWeighted}} weighted by people)',
  units: {
    title: 'Units without a breakdown of their own',
    intro:
      'These units show no breakdown of their own by the survey questions; their answers count only in the units above them.',
    caption: 'Units without a breakdown of their own, and why',
    columns: {
      code: 'Code',
      name: 'Unit',
      reason: 'Reason',
    },
    show: 'Show the units without a breakdown of their own ({{count}})',
    none: 'Every unit shows a breakdown of its own.',
  },
  publish: {
    title: 'Publish',
    intro:
      'A release is the protected, unchangeable state of a survey wave that every chart and export reads. Check the preview first: what is suppressed and why.',
    compute: 'Compute the preview',
    computing: 'Computing the preview …',
    computingHint:
      'A correction is protected together with the versions already published; this can take up to a minute.',
    previewTitle: 'Preview: {{period}}',
    facts: {
      version: 'Version',
      settings: 'Protection settings',
      audit: 'Protection audit',
      loss: 'Information loss',
      earlier: 'Earlier versions (protected jointly)',
    },
    firstVersion: 'Version {{version}} (first release)',
    correctionVersion: 'Version {{version}} (correction)',
    noEarlierVersions: 'none',
    correctionText:
      'This wave has been published already. Version {{version}} is a correction: it is protected jointly with every earlier version, since anyone who kept the old figures could otherwise subtract. Charts and exports then read the new version; the earlier ones stay for the record.',
    crossTabsHidden:
      'The cross-tab {{tables}} shows (almost) nobody: so far cross-tabs are published only where no figure of their two dimensions is hidden in the unit or below it, and small units nearly always have one. The two dimensions on their own (above) are not affected.',
    lossTitle: 'Information loss per table',
    lossCaption: 'Information loss per table of the preview for {{period}}',
    confirmTitle: 'Confirm',
    irrevocable: 'A release cannot be changed or deleted afterwards. A mistake can only be corrected by a new version.',
    note: 'Note (optional)',
    noteCorrection: 'Reason for the correction (required)',
    noteHint: 'Shown with this version in the list of releases.',
    noteRequired: 'Please say why a new version is published.',
    submit: 'Publish …',
    notPublishable: 'As the protection audit failed, this state cannot be published.',
    alreadyPublished:
      'This very state – the same data, the same protection settings – is already published as version {{version}}. A new version needs corrected data or changed protection settings.',
    dialog: {
      title: 'Publish version {{version}} of {{period}}?',
      text: 'Once published, every chart and export reads this version. It cannot be changed or deleted.',
      cancel: 'Cancel',
      confirm: 'Publish',
      pending: 'Publishing …',
    },
    published: 'Published: version {{version}} of {{period}} is now what every chart and export reads.',
    toHistory: 'To the releases of this wave',
    recompute: 'Compute the preview again',
  },
  history: {
    title: 'Releases',
    intro:
      'Every published version of a survey wave, newest first, with the protection settings it was built with and its information loss. Charts and exports always read the current version.',
    caption: 'Published versions of {{period}}, newest first',
    columns: {
      version: 'Version',
      published: 'Published',
      note: 'Note',
      k: 'k',
      minRespondents: 'Minimum respondents',
      loss: 'Share suppressed (weighted by people)',
      audit: 'Protection audit',
      status: 'Status',
      details: 'Details',
    },
    publishedByAt: '{{time}} by {{person}}',
    noNote: '–',
    current: 'current',
    superseded: 'superseded',
    showTables: 'Show tables',
    hideTables: 'Hide tables',
    versionLabel: 'version {{version}}',
    tablesCaption: 'Information loss per table, version {{version}} of {{period}}',
    unitsWithoutBreakdown: 'Units without a breakdown of their own: {{count}}',
    narrowedMark: '(narrowed by earlier versions)',
    empty: 'No version of this wave has been published yet.',
    publishLink: 'Publish this wave',
  },
  settings: {
    title: 'Protection settings',
    intro: 'Every new release protects the staff with these settings.',
    explainK:
      'k is the smallest group anything is published about: every count from 1 to k − 1 is suppressed, and further figures too, so that it cannot be worked out from others.',
    explainMinimum:
      'The minimum number of respondents applies to each organisation unit: if fewer staff took part in the survey, the unit shows no breakdown of its own.',
    current: 'Settings in force',
    k: 'k (smallest published group)',
    minRespondents: 'Minimum respondents per unit',
    changed: 'Last changed',
    changedByAt: '{{time}} by {{person}}',
    defaults: 'The defaults apply.',
    floors: 'Floors that cannot be lowered: k at least {{k}}, the minimum at least k.',
    appliesFrom: 'A change applies to the next release. Published versions keep the settings they were built with.',
    readOnly: 'Only IT administration can change these settings.',
    formTitle: 'Change the settings',
    raiseHint:
      'Before raising them: a correction of a period already published has to live with what the earlier version showed under the old settings. Figures that are too small only under the new settings stay hidden, but the earlier version may already narrow them; the publish page then says so.',
    kHint: 'A whole number from {{k}} to {{maxK}}.',
    minRespondentsHint: 'A whole number, at least k and at most {{max}}.',
    submit: 'Save',
    submitting: 'Saving …',
    saved: 'Saved: k = {{k}}, minimum {{minRespondents}}. This applies from the next release on.',
    errors: {
      kInteger: 'Please give k as a whole number.',
      kFloor: 'k cannot be lower than {{k}}.',
      kCeiling: 'k cannot be higher than {{maxK}}.',
      minRespondentsInteger: 'Please give the minimum as a whole number.',
      minRespondentsBelowK: 'The minimum cannot be lower than k.',
      minRespondentsCeiling: 'The minimum cannot be higher than {{max}}.',
      server: 'The server refused this value.',
    },
  },
};
