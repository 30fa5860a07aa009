export * from './lib/raw-cell-buffer';
export * from './lib/raw-cell-store';
export * from './lib/raw-cells.module';
