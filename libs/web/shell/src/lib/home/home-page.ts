import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '@vielfalt/web-data-access';
import { map } from 'rxjs';
import { NAV_ITEMS } from '../navigation/nav-items';

/**
 * The start page: greets the user and explains each of their roles in one line. No figures. After the role
 * guard turned the user away (`?denied=/audit`), it says which page they may not open.
 */
@Component({
  selector: 'vm-home-page',
  imports: [TranslatePipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly user = inject(SessionStore).user;
  private readonly denied = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get('denied'))));
  /** The menu item of the page the user was turned away from: the longest path that the address starts with. */
  protected readonly deniedPage = computed(() => {
    const path = this.denied();
    if (!path) return undefined;
    return NAV_ITEMS.filter((item) => item.path !== '/' && (path === item.path || path.startsWith(`${item.path}/`)))
      .sort((a, b) => b.path.length - a.path.length)
      .at(0);
  });
}
