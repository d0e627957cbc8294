// The organisation's zelfredzaamheidsmatrix (ADR 0149): life domains and scale, for the beheerder.
import { api } from './client.ts';
import type { ApiResponse } from './generated/index.ts';
import type { ZrmMatrix } from './begeleiding.ts';

export type ZrmMatrixSetting = ApiResponse<'/api/admin/zelfredzaamheidsmatrix', 'get'>;

const url = '/api/admin/zelfredzaamheidsmatrix';

export const getZrmMatrixSetting = () => api.get<ZrmMatrixSetting>(url);
export const saveZrmMatrixSetting = (matrix: ZrmMatrix, version: number) => api.put<ZrmMatrixSetting>(url, { matrix, version });
