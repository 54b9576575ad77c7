# A linha de comando (zoho-org-viewer em um terminal). Comandos, opções, variáveis de ambiente
# e caminhos de arquivo não são traduzidos.

## --help

cli-help-about = Org Viewer for Zoho CRM: veja os detalhes e o logotipo da sua organização do Zoho CRM.
cli-help-after =
    Sem um comando, a janela do aplicativo é aberta.

    Configurações (variáveis de ambiente):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          O cliente OAuth do console de API do Zoho (https://api-console.zoho.com). Sem elas, é
          usado o cliente salvo no aplicativo ou incluído nele.
      ZOHO_ACCOUNTS_URL
          Onde o login começa. Padrão: https://accounts.zoho.com (o Zoho encaminha para todos os
          data centers, exceto o da China); na China, use https://accounts.zoho.com.cn. Deve ser
          https, ou http simples neste computador (127.0.0.1 ou localhost) para o Zoho simulado.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Receber o login somente nesta porta, para quando as portas 17645 a 17647 estiverem
          ocupadas neste computador. O URI de redirecionamento http://127.0.0.1:PORT/callback
          precisa então estar registrado para o cliente no console de API do Zoho.
      ZOHO_ORG_VIEWER_STORE
          Onde o login é guardado: "keyring" (o chaveiro do sistema) ou "file" (um arquivo na sua
          pasta de configurações que só você pode ler). Padrão: o chaveiro, ou o arquivo quando
          este computador não tem chaveiro.
      RUST_LOG
          Quanto registrar em stderr, por exemplo "info" ou "debug" (padrão "warn"). Tokens e o
          segredo do cliente nunca são exibidos nem registrados, em nenhum nível.

    Código de saída: 0 em caso de sucesso; 1 quando algo deu errado, com o motivo em stderr; 2
    quando a própria linha de comando está errada.
cli-help-usage = Uso:
cli-help-commands = Comandos
cli-help-arguments = Argumentos
cli-help-options = Opções
cli-help-flag-help = Mostrar a ajuda
cli-help-flag-version = Mostrar a versão
cli-help-demo = Abrir o aplicativo com o Zoho simulado incluído (não é preciso conta do Zoho).
cli-help-login = Fazer login no Zoho pelo navegador; a organização que você escolher lá é adicionada (ou renovada).
cli-help-login-long =
    Fazer login no Zoho pelo navegador; a organização que você escolher lá é adicionada (ou renovada).

    Abre a página de login do Zoho no seu navegador (no Linux, o indicado por $BROWSER, se definido) e também mostra o endereço dela, caso nenhum navegador abra. Depois aguarda até 3 minutos o retorno do navegador. A organização escolhida na página do Zoho passa a ser a atual.
cli-help-orgs = Listar as organizações conectadas neste computador, com a atual marcada.
cli-help-orgs-json = Exibir um array JSON em vez disso (id, zgid, company_name, type, data_centre, current).
cli-help-switch = Tornar ORG a organização atual (a que os comandos usam sem --org).
cli-help-switch-org = A organização: seu ID, zgid, nome de domínio ou parte do nome da empresa.
cli-help-org = Exibir os detalhes de uma organização, agrupados e em palavras simples.
cli-help-org-org = A organização (padrão: a atual): ID, zgid, domínio ou parte do nome.
cli-help-org-all = Todas as organizações conectadas, buscadas de uma vez.
cli-help-org-json = Exibir o objeto org do Zoho como JSON em vez disso, com todas as chaves que o Zoho enviou (com --all, um array deles).
cli-help-logo = Salvar o logotipo de uma organização em um arquivo (--out), ou alterá-lo (--set) ou removê-lo (--remove).
cli-help-logo-long =
    Salvar o logotipo de uma organização em um arquivo (--out), ou alterá-lo (--set) ou removê-lo (--remove).

    --set e --remove abrem o Zoho uma vez no seu navegador para pedir permissão para alterar o logotipo; a permissão fica só na memória e é esquecida quando a alteração termina. Antes, o logotipo atual é salvo na pasta de dados do aplicativo. Uma imagem acima dos limites do Zoho (1 MB, 10 megapixels) é reduzida e recodificada para caber.
cli-help-logo-out = Salvar o logotipo neste arquivo, byte a byte como o Zoho o envia (substituído se existir; gravado inteiro ou não gravado).
cli-help-logo-set = Tornar esta imagem (PNG, JPEG, GIF, WebP ou BMP) o logotipo da organização.
cli-help-logo-remove = Remover o logotipo da organização.
cli-help-logo-org = A organização (padrão: a atual). Com --set ou --remove, informe mais de uma vez para alterar várias organizações, uma após a outra (o Zoho pede permissão para cada uma no navegador).
cli-help-logout = Revogar um login no Zoho e esquecê-lo neste computador (padrão: a organização atual).
cli-help-logout-org = A organização da qual sair.
cli-help-logout-all = Sair de todas as organizações.
cli-help-sim = Executar o Zoho simulado em primeiro plano e exibir seus endereços (Ctrl-C o encerra).
cli-help-sim-orgs = Simular um usuário em N organizações inventadas em vez das três da demonstração (para testes de desempenho).

## Configurações que não podem ser usadas

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL não é um endereço da web. Defina-a como o servidor de login do Zoho, como https://accounts.zoho.com, ou remova-a.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL é { $value }, mas precisa começar com https:// (http simples só é permitido neste computador, como http://127.0.0.1:PORT para o Zoho simulado). Corrija-a, ou remova-a para usar https://accounts.zoho.com.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL não pode conter nome de usuário nem senha. Defina-a apenas com o endereço do servidor, como https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT é "{ $value }", mas precisa ser um número de porta de 1 a 65535 (uma cujo URI de redirecionamento http://127.0.0.1:PORT/callback esteja registrado para o cliente). Corrija-a, ou remova-a para usar as portas 17645 a 17647.
cli-startup-setting-refused = O aplicativo foi iniciado com uma configuração que não pode usar, por isso usa a configuração de costume.
cli-startup-setting-refused-next = Quem configurou este computador pode corrigir ou remover a configuração indicada em Detalhes e depois reiniciar o aplicativo.
cli-log-setting-unreadable = Não foi possível ler RUST_LOG ({ $error }); apenas avisos e erros são exibidos.

## login

cli-login-opening = Abrindo a página de login do Zoho no seu navegador. Se ela não abrir, acesse este endereço:
cli-login-waiting = Aguardando até { $duration } para você concluir no navegador (Ctrl-C cancela). Na página do Zoho, escolha a organização a adicionar.
cli-login-added = Login feito no Zoho: { $org } foi adicionada ({ $place }); agora é a organização atual.
cli-login-renewed = O login de { $org } foi renovado ({ $place }); agora é a organização atual.
cli-login-old-not-revoked = Não foi possível revogar no Zoho o login que este substituiu ({ $error }); você pode removê-lo em Sessões, Aplicativos conectados na sua conta do Zoho.
cli-where-both = { $environment }, { $place }
cli-where-centre = data center { $centre } do Zoho
cli-where-unknown = data center desconhecido
cli-browser-not-opened = Não foi possível abrir um navegador ({ $problem }). Abra o endereço acima no seu navegador para continuar.
cli-browser-fallback = Se o navegador não abrir, acesse este endereço:

## Tipo e data center de uma organização

cli-environment = { $kind ->
    [production] Produção
    [sandbox] Sandbox
    [developer] Desenvolvedor
   *[other] { $shown }
}
cli-environment-lower = { $kind ->
    [production] produção
    [sandbox] sandbox
    [developer] desenvolvedor
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] Estados Unidos
    [eu] Europa
    [in] Índia
    [au] Austrália
    [jp] Japão
    [cn] China
    [ca] Canadá
    [sa] Arábia Saudita
    [uk] Reino Unido
   *[other] { $code }
}
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Desconhecido

## orgs

cli-orgs-heading-organization = Organização
cli-orgs-heading-environment = Ambiente
cli-orgs-heading-data-centre = Data center
cli-orgs-heading-id = ID
cli-orgs-current-marked = A organização atual está marcada com *; `zoho-org-viewer switch ORG` a altera.
cli-orgs-none = Você não está conectado a nenhuma organização neste computador. Execute `zoho-org-viewer login` para adicionar uma.

## switch, logout

cli-now-current = { $org } agora é a organização atual.
cli-logout-nothing = Você não está conectado ao Zoho, então não havia nada do que sair.
cli-logout-done = Você saiu de { $org }: o Zoho revogou o acesso do aplicativo, e o login foi removido deste computador.

cli-org-failed = { $org }: { $error }

## logo

cli-logo-saved = Logotipo ({ $description }) salvo em { $file }.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } pixels, { $size }
cli-logo-extension-note = Observação: o logotipo é uma imagem { $format }, mas o nome do arquivo termina em .{ $extension }; alguns programas se guiam pelo nome, então { $suggested } pode ser mais adequado.
cli-picture-is = Imagem: { $change }.
cli-picture-was = Imagem: { $change }. { $why }
cli-logo-one-at-a-time = O Zoho dá permissão para uma organização de cada vez, então seu navegador abre uma vez para cada uma destas { $total } organizações, uma após a outra.
cli-logo-progress = { $number } de { $total }: { $org }
cli-logo-permission = Para alterar o logotipo de { $org }, o Zoho pede uma vez no seu navegador permissão para alterá-lo; o aplicativo guarda essa permissão só na memória e a esquece ao terminar. Na página do Zoho, escolha { $org }.
cli-logo-waiting = Aguardando até { $duration } para você concluir no navegador (Ctrl-C cancela).
cli-logo-changed = O logotipo de { $org } foi alterado.
cli-logo-removed = O logotipo de { $org } foi removido.
cli-logo-backup-saved = Uma cópia do logotipo atual foi salva em { $file }.
cli-logo-no-backup = { $org } não tinha logotipo, então não havia do que guardar uma cópia.
