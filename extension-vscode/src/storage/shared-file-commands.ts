import * as vscode from 'vscode';
import type { Services } from '../services';

export async function exportSharedFile(_services: Services): Promise<void> {}
export async function importSharedFile(_services: Services): Promise<void> {}
