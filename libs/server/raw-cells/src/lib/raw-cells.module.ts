import { Module } from '@nestjs/common';
import { RawCellStore } from './raw-cell-store';

@Module({ providers: [RawCellStore], exports: [RawCellStore] })
export class RawCellsModule {}
