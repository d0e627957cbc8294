// The organisation's zelfredzaamheidsmatrix (ADR 0149): life domains and scale, for the beheerder.
import { api } from './client.ts';
import type { ZrmMatrix } from './begeleiding.ts';

export interface ZrmMatrixSetting {
  matrix: ZrmMatrix;
  /** 0 while the organisation uses the default (ZRM 2017) and never saved its own. */
  version: number;
  isDefault: boolean;
}

const url = '/api/admin/zelfredzaamheidsmatrix';

export const getZrmMatrixSetting = () => api.get<ZrmMatrixSetting>(url);
export const saveZrmMatrixSetting = (matrix: ZrmMatrix, version: number) => api.put<ZrmMatrixSetting>(url, { matrix, version });
