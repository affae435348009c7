/**
 * Brazilian Portuguese: the strings a widget shows before any click (`en.ts`'s keys). Loaded on
 * demand, as its own chunk, only when the nearest `lang` is `pt-BR`; the strings of the flows that
 * start with a click are in `../packs-flows/pt-BR.ts`, fetched at the same time. Imports
 * nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'ltr',
  heading: 'Sessões ativas',
  refresh: 'Atualizar',
  loading: 'Carregando sessões…',
  approximate: 'Os detalhes das sessões podem ser aproximados ou incompletos.',
  currentSession: 'SESSÃO ATUAL',
  currentHint: 'Para encerrar esta sessão, saia da conta ou use “Sair de todas as sessões”.',
  currentHintSignOut: 'Para encerrar esta sessão, saia da conta.',
  trusted: 'Dispositivo confiável',
  apps: 'Apps',
  unknownDevice: 'Dispositivo desconhecido',
  browserOnOs: '{browser} no {os}',
  signedIn: 'Login em {date}',
  lastActive: 'Última atividade {time}',
  logout: 'Sair',
  logoutLabel: 'Sair de {device}',
  statusUnavailable: 'Status da sessão indisponível',
  statusUnavailableHint: 'Use “Sair de todas as sessões” para sair em todos os dispositivos.',
  loggingOut: 'Encerrando sessão…',
  loggingOutHint: 'Isso pode levar alguns minutos. Atualize ou use “Sair de todas as sessões”.',
  noSessions: 'Nenhuma sessão ativa',
  noOtherSessions: 'Nenhuma outra sessão ativa',
  logoutAllHeading: 'Sair de todas as sessões',
  logoutAllText:
    'Você vai sair de todas as sessões ativas em todos os dispositivos, incluindo esta. Isso pode levar até {duration}.',
  logoutAllTextNow:
    'Você vai sair de todas as sessões ativas em todos os dispositivos, incluindo esta. A mudança é imediata.',
  logoutOthersText:
    'Você vai sair de todas as outras sessões ativas em todos os dispositivos. Esta sessão continua conectada. Isso pode levar até {duration}.',
  logoutOthersTextNow:
    'Você vai sair de todas as outras sessões ativas em todos os dispositivos. Esta sessão continua conectada. A mudança é imediata.',
  logoutAllButton: 'Sair de todas',
  loadFailed: 'Não foi possível carregar as sessões ativas. Tente novamente mais tarde.',
  tryAgain: 'Tentar novamente',
  unavailableSso:
    'As sessões ativas não estão disponíveis para contas vinculadas ao login SSO de uma organização (SAML ou OIDC).',
  unavailable: 'As sessões ativas não estão disponíveis para sua conta.',
  reauth: 'Para sua segurança, faça login novamente para gerenciar suas sessões.',
  signInAgain: 'Fazer login novamente',
  helpHeading: 'Não reconhece uma sessão?',
  help: 'Se você suspeitar de atividade não autorizada na sua conta, altere sua senha (se usar uma), revise seus métodos de login e entre em contato com o suporte.',
  errorServer: 'O servidor não conseguiu concluir a solicitação ({status}).',
  errorNetwork: 'Não foi possível acessar o servidor. Verifique sua conexão.',
  errorTimeout: 'O servidor demorou demais para responder.',
  errorPayload: 'O servidor enviou uma resposta que não pôde ser lida.',
  errorRateLimited: 'Muitas solicitações. Tente novamente em {duration}.',
  errorRateLimitedLater: 'Muitas solicitações. Tente novamente mais tarde.',
  skippedNote: 'Não foi possível mostrar algumas sessões.',
  errorInsecure: 'O endereço do servidor não é seguro (https).',
  details: 'Detalhes',
  detailsFor: 'Detalhes de {device}',
  stepUpPending: 'Confirme que é você para continuar…',
  stepUpFailed: 'Você precisa confirmar que é você para fazer isso.',
  client_desktop_app: 'Aplicativo para computador',
  client_mobile_app: 'Aplicativo para celular',
  client_cli: 'Ferramenta de linha de comando',
  client_api: 'Cliente de API',
  expiresToday: 'Expira hoje',
  expiresTomorrow: 'Expira amanhã',
  expiresIn_one: 'Expira em {count} dia',
  expiresIn_many: 'Expira em {count} de dias',
  expiresIn_other: 'Expira em {count} dias',
  supportAccess: 'Acesso do suporte',
  historyHeading: 'Encerradas recentemente',
} satisfies CorePack;
