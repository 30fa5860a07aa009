import { ChangeDetectionStrategy, Component, DOCUMENT, type OnInit, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type IsActiveMatchOptions,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@vielfalt/web-data-access';
import { filter, skip } from 'rxjs';
import { LanguageSwitch } from '../language-switch/language-switch';
import { activeOnlyWhenExact, navSlug, visibleNavItems } from '../navigation/nav-items';

// Query parameters (a chosen period, a page) never make a menu item more or less current.
const EXACT_PATH: IsActiveMatchOptions = {
  paths: 'exact',
  queryParams: 'ignored',
  matrixParams: 'ignored',
  fragment: 'ignored',
};
const PATH_PREFIX: IsActiveMatchOptions = { ...EXACT_PATH, paths: 'subset' };

/** The frame of every page: skip link, header with navigation, language and user, and the main region. */
@Component({
  selector: 'vm-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  templateUrl: './layout.html',
  styleUrl: './layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Layout implements OnInit {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly user = this.session.user;
  protected readonly navItems = computed(() =>
    visibleNavItems(this.session.roles()).map((item) => ({
      ...item,
      testId: `nav-${navSlug(item.path)}`,
      activeOptions: activeOnlyWhenExact(item.path) ? EXACT_PATH : PATH_PREFIX,
    })),
  );

  constructor() {
    // After an in-app navigation, move focus to the new page, as a full page load would.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  ngOnInit(): void {
    // Pages without a guard (login, not found) still show who is signed in.
    this.session.load().catch(() => undefined);
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected async signOut(): Promise<void> {
    await this.session.logout().catch(() => undefined);
    await this.router.navigate(['/login']);
  }

  private focusMain(): void {
    this.document.getElementById('main')?.focus();
  }
}
