import type { Dictionary } from './de';
import { enCatalogue } from './en-catalogue';
import { enReleases } from './en-releases';
import { enUpload } from './en-upload';

/** English texts. Typed as `Dictionary`: a key missing here, or one German lacks, does not compile. */
export const en: Dictionary = {
  app: {
    name: 'Vielfaltsmonitor',
    skipToContent: 'Skip to content',
    loading: 'Loading …',
  },
  nav: {
    label: 'Main navigation',
    start: 'Start',
    audit: 'Audit log',
    upload: 'Upload',
    catalogue: 'Catalogue',
    releasesPublish: 'Publish',
    releases: 'Releases',
    settingsProtection: 'Protection settings',
    adminUsers: 'Users',
  },
  language: {
    label: 'Choose language',
  },
  session: {
    signedInAs: 'Signed in as',
    logout: 'Sign out',
  },
  login: {
    title: 'Sign in',
    intro: 'Please sign in with your user account.',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    required: 'Please enter your user name and password.',
  },
  home: {
    title: 'Start',
    greeting: 'Hello, {{name}}.',
    rolesIntro: 'In the Vielfaltsmonitor you work in these roles:',
    denied:
      'You have no access to the page “{{page}}”: your roles do not include it. If you need it, please contact IT.',
    noRoles: 'Your account has no role yet. Please contact IT.',
  },
  roles: {
    hr: {
      label: 'Human resources (Personalamt)',
      description:
        'Uploads headcounts and survey results, sees validation errors row by row and manages the upload history.',
    },
    leadership: {
      label: 'Leadership',
      description:
        'Views the dashboard with protected figures only, optionally for their own part of the organisation.',
    },
    stabsstelle: {
      label: 'Integration unit (Stabsstelle Integration)',
      description:
        'Everything leadership can; maintains the category catalogue and benchmarks, publishes releases and exports anonymised reports.',
    },
    council: {
      label: 'Staff council (Personalrat)',
      description: 'Reads protection settings, release history and the audit log – transparency for co-determination.',
    },
    admin: {
      label: 'IT administration',
      description:
        'Manages users and roles, the organisation structure and the protection thresholds (with a floor that cannot be lowered).',
    },
  },
  audit: {
    title: 'Audit log',
    intro: 'Who did what and when: sign-ins, uploads, releases, exports and changes to settings.',
    filterLegend: 'Filter entries',
    filterLabel: 'Action',
    allActions: 'All actions',
    applyFilter: 'Apply filter',
    caption: 'Audit events, newest first',
    columns: {
      occurredAt: 'Time',
      action: 'Action',
      outcome: 'Outcome',
      actor: 'Person',
      details: 'Details',
    },
    actions: {
      auth_login: 'Sign-in',
      auth_logout: 'Sign-out',
      user_create: 'User created',
      catalogue_period_create: 'Survey wave created',
      catalogue_attribute_create: 'Structural attribute created',
      catalogue_dimension_create: 'Survey dimension created',
      catalogue_dimension_version: 'New category version',
      catalogue_units_import: 'Organisation units imported',
      upload_check: 'Upload checked',
      upload_commit: 'Upload committed',
      upload_rollback: 'Rolled back to upload',
      release_preview: 'Release previewed',
      release_publish: 'Release published',
      settings_protection_update: 'Protection settings changed',
    },
    outcomes: {
      success: 'succeeded',
      failure: 'failed',
    },
    noActor: 'unknown',
    noDetails: 'none',
    detailKeys: {
      reason: 'Reason',
      clientAddress: 'Address',
      username: 'User name',
      roles: 'Roles',
      key: 'Key',
      version: 'Version',
      created: 'new',
      updated: 'changed',
      fileName: 'File',
      uploadId: 'Upload',
      period: 'Wave',
      units: 'Units',
      releaseId: 'Release',
      dataVersion: 'Data version',
      k: 'k',
      minRespondents: 'Minimum',
      earlierVersions: 'earlier versions',
      figures: 'Figures',
      suppressed: 'hidden',
      unitsWithoutBreakdown: 'Units without breakdown',
      note: 'Reason for the correction',
      before: 'before',
      after: 'after',
    },
    empty: 'No entries found.',
    total: '{{total}} entries',
    pagination: 'Pages',
    pageOf: 'Page {{page}} of {{pages}}',
    previous: 'Previous page',
    next: 'Next page',
  },
  admin: {
    users: {
      title: 'Users',
      intro: 'User accounts and their roles. Every account created is in the audit log.',
      listCaption: 'All user accounts',
      columns: {
        username: 'User name',
        displayName: 'Name',
        roles: 'Roles',
        active: 'Status',
      },
      active: 'active',
      inactive: 'deactivated',
      empty: 'No user accounts yet.',
      createTitle: 'Create user',
      username: 'User name',
      usernameHint: '2 to 63 characters: lower-case letters, digits, dot, underscore or hyphen.',
      displayName: 'Display name',
      password: 'Initial password',
      passwordHint: 'At least {{min}} characters.',
      roles: 'Roles',
      submit: 'Create user',
      submitting: 'Creating …',
      created: 'The user account “{{username}}” has been created.',
      required: 'Please fill in.',
      rolesRequired: 'Please choose at least one role.',
      usernameTaken: 'This user name is already taken.',
      fieldErrors: {
        username: 'The user name does not follow the rules.',
        displayName: 'The display name must be 1 to 128 characters long.',
        password: 'The password is too short or too long.',
        roles: 'Please choose valid roles, each at most once.',
      },
      fieldErrorFallback: 'This value is invalid.',
    },
  },
  upload: enUpload,
  catalogue: enCatalogue,
  releases: enReleases,
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist in the Vielfaltsmonitor.',
    home: 'Go to the start page',
  },
  chart: {
    showTable: 'Table for this chart',
    category: 'Category',
    suppressed: 'suppressed',
    suppressedNote: '“< k”: the value is suppressed because it would allow inferences about fewer than k people.',
    summary: {
      empty: '{{title}}: no values.',
      allSuppressed: '{{title}}: all {{total}} values are suppressed for protection.',
      highest: '{{title}}: the highest value is {{value}} ({{series}}, {{category}}).',
      highestWithSuppressed:
        '{{title}}: the highest value is {{value}} ({{series}}, {{category}}); {{suppressed}} of {{total}} values are suppressed for protection.',
    },
  },
  errors: {
    validation_failed: 'The input is incomplete or invalid.',
    invalid_credentials: 'User name or password is wrong.',
    not_authenticated: 'Please sign in.',
    forbidden: 'You are not allowed to do this.',
    csrf_token_invalid: 'The security check failed. Please reload the page.',
    not_found: 'Not found.',
    conflict: 'This already exists.',
    too_many_requests: 'Too many attempts. Please wait a moment and try again.',
    payload_too_large: 'The file is too large.',
    internal_error: 'An unexpected error occurred. Please try again later.',
    release_data_changed:
      'Not published: the data of this wave changed since the preview. Please compute the preview again and check it once more.',
    release_settings_changed:
      'Not published: the protection settings (k, minimum respondents) changed since the preview. Please compute the preview again and check it once more.',
    release_already_published:
      'Not published: exactly this state – the same data, the same protection settings – is already published. Nothing was stored. A new version needs corrected data or changed protection settings.',
    release_version_conflict:
      'Not published: another publication of this wave was stored at the same time. Nothing was stored. Please look at the releases and compute the preview again.',
    release_note_required: 'Not published: a correction needs a reason.',
    release_audit_failed: 'Not published: the protection audit failed. Nothing was stored; please contact IT.',
    release_no_data: 'This wave has no data yet. HR must upload and commit its figures before it can be published.',
    release_data_not_publishable:
      'The data of this wave cannot be published as they are: they do not fit the organisation at the reference date or the catalogue of the wave. Please clarify them with HR.',
    release_data_not_protectable:
      'The data of this wave cannot be protected and published as they are, because they are inconsistent. Please clarify them with HR.',
    network_error: 'The server cannot be reached. Please check the connection.',
  },
};
