export * from './closeCodes';
export * from './messages';
export * from './rooms';
