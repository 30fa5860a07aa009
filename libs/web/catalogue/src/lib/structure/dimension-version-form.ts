import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorDetail, DimensionDefinition, DimensionVersionDefinition, PeriodView } from '@vielfalt/contracts';
import { CatalogueClient, toApiFailure } from '@vielfalt/web-data-access';
import { ActiveLanguage } from '@vielfalt/web-i18n';
import { firstValueFrom, map, startWith } from 'rxjs';
import { FormAlert } from './form-alert';
import {
  type FieldErrors,
  type FormErrors,
  NO_FORM_ERRORS,
  leafPaths,
  missingFieldsOf,
  serverErrorsOf,
} from './form-errors';
import { type LabelledKeyRow, LabelledKeyRows, labelledKeyRow } from './labelled-key-rows';
import { VersionFields, versionBody, versionGroup } from './version-fields';

/** One category of the latest version and the new categories it maps onto. */
type MappingRow = FormGroup<{ from: FormControl<string>; to: FormControl<string[]> }>;

const mappingRow = (from: string, to: string[]): MappingRow =>
  new FormGroup({
    from: new FormControl(from, { nonNullable: true }),
    to: new FormControl(to, { nonNullable: true, validators: Validators.required }),
  });

/** Where an objection to the mapping shows: at the row of the old category it names. */
const mappingPlace = (from: string) => `mappingFromPrevious.${from}`;

/**
 * „Neue Version“ of a dimension: from a later period, with provenance, its categories (starting as
 * a copy of the latest version's) and the mapping of every latest category onto new ones, so
 * trends survive the change.
 */
@Component({
  selector: 'vm-dimension-version-form',
  imports: [ReactiveFormsModule, TranslatePipe, LabelledKeyRows, VersionFields, FormAlert],
  templateUrl: './dimension-version-form.html',
  styleUrl: './structure-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DimensionVersionForm {
  private readonly client = inject(CatalogueClient);
  private readonly activeLanguage = inject(ActiveLanguage);

  readonly dimension = input.required<DimensionDefinition>();
  readonly periods = input.required<readonly PeriodView[]>();
  /** A version was added: the catalogue should be read again. */
  readonly added = output<DimensionVersionDefinition>();

  // Only a new latest version starts the form afresh; a reload of the same catalogue keeps the input.
  protected readonly latest = computed(
    () => [...this.dimension().versions].sort((a, b) => b.version - a.version).at(0),
    {
      equal: (a, b) => a?.version === b?.version,
    },
  );
  protected readonly laterPeriods = computed(() => {
    const from = this.periods().find((period) => period.key === this.latest()?.validFromPeriod)?.referenceDate ?? '';
    return this.periods().filter((period) => period.referenceDate > from);
  });
  protected readonly previousVersion = computed(() => this.latest()?.version ?? 0);
  protected readonly nextVersion = computed(() => this.previousVersion() + 1);
  /** Labels of the latest version's categories in the active language, by key. */
  protected readonly previousLabels = computed(() => {
    const language = this.activeLanguage.language();
    return new Map((this.latest()?.categories ?? []).map((category) => [category.key, category.label[language]]));
  });
  protected readonly idPrefix = computed(() => `new-version-${this.dimension().key}`);

  protected readonly version = versionGroup(new FormArray<LabelledKeyRow>([]));
  protected readonly mapping = new FormArray<MappingRow>([]);
  private readonly categories = toSignal(
    this.version.controls.categories.valueChanges.pipe(
      startWith(null),
      map(() => this.version.controls.categories.getRawValue()),
    ),
    { requireSync: true },
  );
  /** The new categories a latest category can map onto: those with a key so far. */
  protected readonly targets = computed(() =>
    this.categories()
      .map((category) => ({ key: category.key.trim(), label: category.label[this.activeLanguage.language()] }))
      .filter((category) => category.key !== ''),
  );

  protected readonly pending = signal(false);
  protected readonly errors = signal<FormErrors>(NO_FORM_ERRORS);
  protected readonly alertKey = signal<string | null>(null);
  protected readonly addedVersion = signal<number | null>(null);

  constructor() {
    effect(() => {
      const latest = this.latest();
      untracked(() => this.startFrom(latest));
    });
  }

  protected forgetRowErrors(): void {
    this.errors.set(NO_FORM_ERRORS);
  }

  protected toggleTarget(row: MappingRow, to: string, checked: boolean): void {
    const others = row.controls.to.value.filter((key) => key !== to);
    row.controls.to.setValue(checked ? [...others, to] : others);
  }

  protected async addVersion(): Promise<void> {
    if (this.pending()) return;
    this.addedVersion.set(null);
    this.alertKey.set(null);
    const targets = new Set(this.targets().map((target) => target.key));
    const mappingFromPrevious = this.mapping
      .getRawValue()
      .flatMap(({ from, to }) => to.filter((key) => targets.has(key)).map((key) => ({ from, to: key })));
    const unmapped = this.mapping.getRawValue().filter((row) => !mappingFromPrevious.some((m) => m.from === row.from));
    const missing: FieldErrors = {
      ...missingFieldsOf(this.version),
      ...Object.fromEntries(unmapped.map((row) => [mappingPlace(row.from), 'catalogue.dimensions.unmapped'])),
    };
    this.errors.set({ fields: missing, unplaced: [] });
    if (Object.keys(missing).length > 0) return;

    const latest = this.latest();
    const body = versionBody(this.version, this.nextVersion(), mappingFromPrevious);
    this.pending.set(true);
    try {
      await firstValueFrom(this.client.addDimensionVersion(this.dimension().key, body), { defaultValue: undefined });
      this.startFrom(latest);
      this.addedVersion.set(body.version);
      this.added.emit(body);
    } catch (error) {
      const failure = toApiFailure(error);
      const shown = new Set([
        ...leafPaths(this.version),
        'categories',
        ...this.mapping.getRawValue().map((row) => mappingPlace(row.from)),
      ]);
      const placeOf = (detail: ApiErrorDetail) =>
        detail.field === 'mappingFromPrevious' && detail.value ? mappingPlace(detail.value) : detail.field;
      this.errors.set(serverErrorsOf(failure, shown, placeOf));
      this.alertKey.set(`errors.${failure.code}`);
    } finally {
      this.pending.set(false);
    }
  }

  /** Empties the form and copies the latest version's categories, each mapped onto itself. */
  private startFrom(latest: DimensionVersionDefinition | undefined): void {
    const categories = this.version.controls.categories;
    categories.clear();
    this.mapping.clear();
    for (const category of latest?.categories ?? []) {
      categories.push(labelledKeyRow(category.key, category.label.de, category.label.en));
      this.mapping.push(mappingRow(category.key, [category.key]));
    }
    this.version.reset();
    this.errors.set(NO_FORM_ERRORS);
  }
}
