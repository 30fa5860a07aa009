import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Layout } from '@vielfalt/web-shell';

/** The root: the shell's layout, which hosts the router outlet. */
@Component({
  selector: 'vm-root',
  imports: [Layout],
  template: '<vm-layout />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
