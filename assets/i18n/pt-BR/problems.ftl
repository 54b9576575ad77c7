# Problems: what went wrong and what to do. They show in the window's status line and
# message boxes, in the sign-in page in the browser, and as the command line's error line.
# Every problem is a "summary" (what happened, one sentence) and a "fix" (what to do).
# pt-BR: $what branches carry their own preposition where Portuguese contracts it (do, dos);
# err-store-location carries "no/na" (kept in → guardado no…), so sentences have no "em" before it.

## The Details part of a problem, and the text copied for a support ticket.
err-label-zoho-code = Código do Zoho
err-label-http-status = Status HTTP
err-label-detail = Detalhe
err-label-time = Hora
err-label-app = Aplicativo
err-detail-line = { $label }: { $value }

## Putting sentences together (the command line's one line, the window's "nothing changed").
err-with-code = { $sentence } (código do Zoho { $code }).
err-two-sentences = { $first } { $second }
err-duration = { $unit ->
    [minutes] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
   *[seconds] { $count ->
        [one] 1 segundo
       *[other] { $count } segundos
    }
}

## Zoho CRM refused to send data. $what says which: the organization details, the logo,
## or the sign-in; translate each branch so it fits the sentence around it.
err-crm-invalid-request-method = O Zoho não aceitou a forma como este aplicativo solicitou { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-oauth-scope-mismatch = Seu login não inclui permissão para ler { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-authentication-failure = O Zoho não aceitou o login deste aplicativo ao solicitar { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-no-permission = Seu usuário do Zoho CRM não tem permissão para ler { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-invalid-url-pattern = O Zoho não reconheceu o endereço que este aplicativo usou para { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-internal-error = O Zoho teve um problema interno ao enviar { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-authorization-failed = Seu usuário do Zoho CRM não tem os privilégios necessários para ler { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
}.
err-crm-invalid-token = Seu login no Zoho expirou ou foi revogado.
err-crm-other = O Zoho se recusou a enviar { $what ->
    [logo] o logotipo
    [accounts] o login
   *[org] os detalhes da organização
} ({ $code }).
err-fix-update-app = Atualize o Org Viewer para a versão mais recente. Se isso não ajudar, relate o problema e informe o código do erro.
err-fix-read-scope = Saia e faça login novamente, permitindo o acesso quando o Zoho pedir. O cliente do Zoho precisa ter permissão para o escopo ZohoCRM.org.READ.
err-fix-sign-in-again = Faça login novamente.
err-fix-ask-admin-view = Peça ao administrador do seu Zoho CRM um perfil que possa visualizar as configurações da organização.
err-fix-internal = Tente novamente em alguns minutos. Se continuar acontecendo, entre em contato com o suporte do Zoho e informe o código do erro.
err-fix-crm-other = Tente novamente. Se continuar acontecendo, entre em contato com o suporte do Zoho e informe o código do erro.

## Zoho's limit on how often the app may ask.
err-rate-limited = No momento, o Zoho está limitando a frequência com que este aplicativo pode solicitar dados.
err-fix-long-pause = O Zoho pediu uma pausa longa; tente novamente mais tarde.
err-fix-wait = Aguarde { $duration } e tente novamente.
err-fix-wait-a-minute = Aguarde um minuto e tente novamente.

## The connection to Zoho. $host is a server name such as www.zohoapis.eu (command line only).
err-network = Não foi possível conectar ao Zoho.
err-network-host = Não foi possível conectar ao Zoho ({ $host }).
err-fix-network = Verifique sua conexão com a internet e tente novamente. Se você usa um proxy ou VPN, verifique se ele permite que o aplicativo acesse o Zoho.
err-dropped = A conexão com o Zoho caiu antes de a resposta chegar.
err-dropped-host = A conexão com o Zoho ({ $host }) caiu antes de a resposta chegar.
err-fix-dropped = Tente novamente daqui a pouco. Se continuar acontecendo, um proxy, VPN ou firewall pode estar cortando a conexão com o Zoho.
err-timeout = O Zoho não respondeu a tempo.
err-fix-timeout = Verifique sua conexão com a internet e tente novamente daqui a pouco.

## Answers the app could not use. $what as above; $megabytes a whole number.
err-too-large = A resposta do Zoho { $what ->
    [logo] com o logotipo
    [accounts] para o login
   *[org] com os detalhes da organização
} era maior que { $megabytes } MB, então o aplicativo parou de lê-la.
err-fix-too-large = Tente novamente mais tarde. Se continuar acontecendo, entre em contato com o suporte do Zoho.
err-html-page = Uma página da web foi recebida em vez { $what ->
    [logo] do logotipo
    [accounts] do login
   *[org] dos detalhes da organização
}; algo entre você e o Zoho respondeu no lugar do Zoho.
err-cut-off = A resposta { $what ->
    [logo] com o logotipo
    [accounts] do login
   *[org] com os detalhes da organização
} foi interrompida antes de estar completa.
err-not-zoho-json = Não foi possível ler a resposta do Zoho { $what ->
    [logo] com o logotipo
    [accounts] para o login
   *[org] com os detalhes da organização
}.
err-no-organization = A resposta do Zoho não continha uma organização.
err-redirected = A solicitação { $what ->
    [logo] do logotipo
    [accounts] de login
   *[org] dos detalhes da organização
} foi redirecionada para outro endereço; o aplicativo não segue redirecionamentos, então nada foi enviado para lá.
err-fix-html-page = Se a sua rede exige login em um portal de Wi-Fi ou proxy, faça isso primeiro; depois, tente novamente.
err-fix-cut-off = Verifique sua conexão com a internet e tente novamente.
err-fix-unreadable = Tente novamente. Se continuar acontecendo, entre em contato com o suporte do Zoho.
err-fix-redirected = Tente novamente. Se continuar acontecendo, avise a equipe de TI: algo entre você e o Zoho pode estar redirecionando o aplicativo.

## Zoho's sign-in server refused a request. $code is Zoho's own code (never translated).
err-token-code-used = O código de login do Zoho expirou ou já foi usado.
err-token-revoked = Seu login salvo no Zoho não é mais válido; ele pode ter sido revogado.
err-token-invalid-client = O Zoho não reconhece o Client ID deste aplicativo no data center da sua conta.
err-token-invalid-secret = O Zoho não aceitou o Client Secret deste aplicativo.
err-token-invalid-redirect = O Zoho não aceitou o endereço para o qual o login retorna (o URI de redirecionamento).
err-token-access-denied = O Zoho está recusando novos logins deste aplicativo por alguns minutos.
err-token-throttled = O Zoho pausou novos acessos para este login porque muitos foram solicitados em pouco tempo.
err-token-revoke-other = O Zoho não conseguiu desconectar este aplicativo ({ $code }).
err-token-other = O Zoho recusou o login ({ $code }).
err-fix-invalid-client = Verifique o Client ID. No console de API do Zoho, abra as configurações (Settings) do cliente e ative o seu data center (multi-DC); depois, faça login novamente.
err-fix-invalid-secret = Copie novamente o Client Secret do console de API do Zoho e digite-o outra vez.
err-fix-invalid-redirect = No console de API do Zoho, adicione ao cliente estes URIs de redirecionamento exatamente como estão escritos: { $uris }.
err-fix-wait-ten-minutes = Aguarde cerca de 10 minutos e tente novamente.
err-fix-revoke-other = Você também pode remover o aplicativo na sua conta do Zoho, em Sessões, Aplicativos conectados.
err-fix-token-other = Tente fazer login novamente. Se continuar acontecendo, relate o problema e informe o código do erro.

## The sign-in in the browser did not complete.
err-state-mismatch = A resposta do navegador não pertencia a este login, por isso o aplicativo a ignorou.
err-accounts-server-not-allowed = O login retornou indicando { $server }, que não é um servidor de login do Zoho, por isso o aplicativo parou sem contatá-lo.
err-api-domain-not-allowed = A resposta do Zoho indicou { $domain } como endereço do CRM, que não é um endereço do Zoho, por isso o aplicativo não vai usá-lo.
err-ports-unavailable = O aplicativo não conseguiu receber o login porque { $count ->
    [0] a porta de login está
    [one] a porta { $last } está
   *[other] as portas { $ports } e { $last } estão
} em uso por outro programa.
err-sign-in-timed-out = O login não foi concluído em { $duration }.
err-sign-in-cancelled = O login foi cancelado.
err-denied-in-browser = O acesso não foi permitido na página de consentimento do Zoho.
err-zoho-refused-sign-in = O Zoho não conseguiu concluir o login ({ $error }).
err-missing-code = O navegador retornou sem um código de login do Zoho.
err-no-refresh-token = O Zoho não deu ao aplicativo um login duradouro.
err-fix-restart-sign-in = Inicie o login novamente pelo aplicativo e conclua-o na aba do navegador que ele abrir.
err-fix-interference = Tente novamente. Se acontecer de novo, avise a equipe de TI: algo pode estar interferindo no login.
err-fix-ports = Feche o outro programa (ou outra cópia deste aplicativo) e tente novamente.
err-fix-timed-out = Inicie o login novamente e conclua-o no seu navegador.
err-fix-cancelled = Faça login novamente quando estiver pronto.
err-fix-denied = Faça login novamente e permita o acesso para que o aplicativo possa ler sua organização.
err-fix-zoho-refused = Tente novamente. Se continuar acontecendo, relate o problema e informe o código do erro.
err-fix-no-refresh-token = Saia e faça login novamente para que o Zoho peça seu consentimento.

## Nothing to sign in with.
err-not-signed-in = Você não está conectado ao Zoho.
err-fix-sign-in-first = Primeiro, faça login com o Zoho.
err-no-client = Este aplicativo ainda não está configurado com um cliente do Zoho.
err-fix-no-client = Digite o Client ID e o Client Secret do console de API do Zoho ou defina ZOHO_CLIENT_ID e ZOHO_CLIENT_SECRET.

## Changing the logo at Zoho was refused; the logo panel and the command line show these.
err-logo-too-large = O Zoho recusou o logotipo por ser grande demais. Nada foi alterado no Zoho.
err-fix-logo-too-large = O Zoho aceita no máximo 1 MB e 10 megapixels; escolha uma imagem menor.
err-logo-not-a-picture = O Zoho não aceitou o arquivo como imagem. Nada foi alterado no Zoho.
err-fix-logo-not-a-picture = Escolha uma imagem PNG, JPEG ou GIF.
err-logo-no-write-scope = A permissão dada pelo Zoho não permite alterar o logotipo. Nada foi alterado no Zoho.
err-fix-logo-no-write-scope = Tente novamente e permita o acesso quando o Zoho pedir. O cliente do Zoho precisa ter permissão para o escopo ZohoCRM.org.ALL.
err-logo-not-allowed = Seu usuário do Zoho CRM não pode alterar o logotipo desta organização. Nada foi alterado no Zoho.
err-fix-logo-not-allowed = Peça ao administrador do seu Zoho CRM um perfil que possa alterar as configurações da organização.
err-logo-outcome-unknown = A conexão com o Zoho terminou antes de o Zoho informar se o logotipo foi alterado.
err-fix-logo-outcome-unknown = Confira o logotipo no Zoho CRM antes de tentar novamente. { $then }
err-logo-unchanged = { $summary } Nada foi alterado no Zoho.

## The window's own problems: signing in, the demo, signing out (status line, message boxes).
err-fix-check-client = Verifique o Client ID e o Client Secret e tente novamente.
err-client-not-saved = Não foi possível salvar o cliente.
err-fix-client-not-saved = Você ainda pode fazer login agora; o cliente será pedido novamente da próxima vez.
err-sign-in-not-opened = Não foi possível abrir o login.
err-sign-out-not-forgotten = Você saiu, mas não foi possível remover o login deste computador: { $error }
err-fix-sign-out-again = Tente sair novamente.
err-sign-out-not-told = Você saiu neste computador, mas não foi possível avisar o Zoho.
err-fix-sign-out-not-told = Para ter certeza, remova o aplicativo na sua conta do Zoho, em Sessões, Aplicativos conectados.
err-demo-not-started = Não foi possível iniciar a demonstração.
err-fix-demo-not-started = Feche as outras cópias do aplicativo e tente novamente.
err-demo-no-room = Não foi possível iniciar a demonstração: não há espaço para os arquivos dela.
err-fix-free-disk = Libere espaço em disco e tente novamente.
err-sign-in-page-unreachable = Não é possível acessar a página de login do Zoho a partir deste computador.
err-fix-sign-in-page-unreachable = Verifique a conexão com a internet (ou pergunte à equipe de TI se o Zoho está bloqueado) e tente novamente.
err-fix-not-saved-sign-in = Verifique se o disco não está cheio e se a sua pasta de configurações pertence a você; depois, faça login novamente.
err-app-damaged-address = O aplicativo está danificado: não é possível ler o endereço do Zoho.
err-fix-reinstall = Reinstale o aplicativo.

## Changing the logo (the logo panel and its dialog). "Change logo…" is the button's name.
err-fitted-not-shown = Não foi possível mostrar a imagem ajustada.
err-fix-another-picture = Tente outra imagem.
err-org-gone = Uma organização a ser alterada não está mais conectada aqui.
err-fix-org-gone = Faça login nela novamente e depois altere o logotipo dela.
err-logo-busy = O logotipo de { $org } está ocupado com outra alteração.
err-fix-logo-busy = Aguarde a conclusão e tente novamente.
err-nothing-changed = Nada foi alterado.
err-earlier-logo-unreadable = Não foi possível ler o logotipo anterior.
err-fix-try-again = Tente novamente.
err-logo-change-cancelled = Você cancelou a alteração do logotipo. Nada foi alterado no Zoho.
err-earlier-logo-gone = Esse logotipo anterior não existe mais.
err-fix-earlier-logo-gone = Escolha outro da lista.
err-fix-pick-another = Escolha outro.
err-clipboard-empty = Não há nenhuma imagem na área de transferência.
err-fix-clipboard-empty = Copie uma imagem primeiro ou escolha o arquivo dela com Alterar logotipo….
err-clipboard-too-large = A imagem na área de transferência é grande demais.
err-fix-clipboard-too-large = Salve-a como arquivo e escolha esse arquivo.
err-no-file-dialog = Nenhuma janela de seleção de arquivos está disponível neste computador.
err-fix-no-file-dialog = Solte uma imagem sobre o logotipo ou copie uma e cole-a aqui com Ctrl+V.
err-file-unreadable = Não foi possível ler { $file }.
err-fix-check-file = Verifique o arquivo e tente novamente.
err-pasted-not-picture = O que foi colado não é uma imagem que o aplicativo possa usar.
err-fix-pasted-not-picture = Copie a imagem novamente ou escolha o arquivo dela.
err-picture-unusable = Esta imagem não pode ser o logotipo: { $why }.
err-fix-picture-unusable = Escolha uma imagem PNG, JPEG, GIF, WebP ou BMP.

## Copying and saving the logo.
err-clipboard-failed = Não foi possível colocar o logotipo na área de transferência.
err-fix-clipboard-failed = Tente novamente ou salve o logotipo em um arquivo.
err-folder-not-opened = Não foi possível abrir a pasta { $folder }.
err-fix-folder-not-opened = Abra-a pelo gerenciador de arquivos.
err-logo-not-saved = Não foi possível salvar o logotipo em { $file }.
err-fix-logo-not-saved = Escolha outra pasta e tente novamente.
err-no-logo = Não há logotipo para usar.
err-fix-no-logo = Atualize para buscar o logotipo da organização.

## Keeping the sign-in on this computer (the system keychain or a private file). These show
## in the window and as the command line's error line. $file is a file's full path; $cause
## and $detail are the system's own words (often English); $reason says what is wrong with
## a saved item (see the err-store-reason- messages).
# pt-BR: each branch holds its preposition ("no", "na"): the sentences say "guardado { $location }".
err-store-location = { $place ->
    [keychain] no chaveiro do sistema
    [memory] na memória deste aplicativo (é esquecido quando o aplicativo é fechado)
    [unavailable] no chaveiro do sistema (não disponível neste computador)
   *[file] no arquivo { $file }
}
err-store-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
err-store-keychain-timeout = O chaveiro do sistema não respondeu em { $duration }. Desbloqueie-o e tente novamente.
err-store-keychain-locked = O chaveiro do sistema está bloqueado ou não permitiu que o Org Viewer o usasse. Desbloqueie-o (ou permita o acesso quando for solicitado) e tente novamente.
err-store-keychain-unusable = O chaveiro do sistema não pode ser usado neste computador ({ $cause }). Defina ZOHO_ORG_VIEWER_STORE=file para guardar o login em um arquivo privado.
err-store-no-keychain = Nenhum chaveiro do sistema está disponível neste computador. Defina ZOHO_ORG_VIEWER_STORE=file para guardar o login em um arquivo privado.
err-store-keychain-failed = O chaveiro do sistema informou um problema ({ $detail }). Tente novamente ou, se continuar acontecendo, reinicie o computador.
err-store-keychain-thread = O Org Viewer não conseguiu iniciar uma tarefa em segundo plano para acessar o chaveiro do sistema ({ $cause }). Feche alguns programas e tente novamente.
err-store-no-settings-folder = O Org Viewer não encontrou sua pasta de configurações porque sua pasta pessoal é desconhecida. Verifique se a configuração HOME (ou, no Windows, USERPROFILE) aponta para sua pasta pessoal.
err-store-file-read = O Org Viewer não conseguiu ler { $file }: { $cause }. Verifique se o arquivo e a pasta dele pertencem a você.
err-store-file-write = O Org Viewer não conseguiu salvar { $file }: { $cause }. Verifique se o disco não está cheio e se a pasta pertence a você.
err-store-damaged-file = O Org Viewer não pode usar o arquivo de credenciais { $file }: { $reason }. Faça login novamente para substituí-lo.
err-store-damaged-org-list = O Org Viewer não consegue ler sua lista de organizações conectadas em { $file }: { $reason }. Faça login novamente para recriá-la.
err-store-corrupt = O Org Viewer não pode usar { $what ->
    [client] o cliente OAuth salvo
   *[session] o login salvo
} { $location }: { $reason }. { $what ->
    [client] Digite o Client ID e o Client Secret novamente para substituí-los.
   *[session] Faça login novamente para substituí-lo.
}
err-store-newer-version = { $what ->
    [client] O cliente OAuth salvo
   *[session] O login salvo
} { $location } vem de uma versão mais recente do Org Viewer (formato { $version }). Atualize o Org Viewer ou { $what ->
    [client] digite o Client ID e o Client Secret novamente para substituí-los.
   *[session] faça login novamente para substituí-lo.
}
err-store-bad-choice = ZOHO_ORG_VIEWER_STORE está definida como "{ $value }", valor que o Org Viewer não reconhece. Defina-a como "keyring" ou "file", ou remova-a.

## A sign-in Zoho accepted that did not stick, and opening a saved one.
err-org-not-signed-in = Esta organização não está conectada neste computador. Faça login nela novamente.
err-no-org-id = O Zoho não informou a organização deste login, por isso ele não foi guardado. Faça login novamente.
err-sign-in-not-saved = Não foi possível salvar o login neste computador, por isso ele foi desfeito no Zoho: { $error }
err-fix-go-back-sign-in = Volte ao aplicativo e faça login novamente.

## Why a picture cannot become the logo, inside a sentence ("This picture cannot become the
## logo: …"). $start is "yes" when the reason starts the clause after a colon and takes a
## capital letter in English; translate both branches.
err-fit-unknown = { $start ->
    [yes] Não é uma imagem que o aplicativo consiga ler (PNG, JPEG, GIF, WebP ou BMP)
   *[no] não é uma imagem que o aplicativo consiga ler (PNG, JPEG, GIF, WebP ou BMP)
}
err-fit-unsupported = { $start ->
    [yes] É uma imagem { $format }, que o aplicativo não consegue ler; salve-a primeiro como PNG ou JPEG
   *[no] é uma imagem { $format }, que o aplicativo não consegue ler; salve-a primeiro como PNG ou JPEG
}
err-fit-too-large = { $start ->
    [yes] É grande demais para o aplicativo abrir ({ $detail }); reduza-a primeiro
   *[no] é grande demais para o aplicativo abrir ({ $detail }); reduza-a primeiro
}
err-fit-damaged = { $start ->
    [yes] O arquivo está danificado
   *[no] o arquivo está danificado
}
err-fit-cannot-fit = { $start ->
    [yes] Continua acima de 1 MB, o limite do Zoho, mesmo quando bem reduzida
   *[no] continua acima de 1 MB, o limite do Zoho, mesmo quando bem reduzida
}

## Changing the logo did not go through (window and command line).
err-logo-wrong-org = O Zoho deu permissão para { $granted }, e não para a organização que está sendo alterada, por isso nada foi enviado. Tente novamente e escolha { $wanted } na página do Zoho.
err-logo-current-unreadable = Não foi possível ler o logotipo atual para guardar uma cópia, por isso nada foi alterado no Zoho: { $error }
err-logo-backup-failed = Não foi possível salvar neste computador uma cópia do logotipo atual ({ $cause }), por isso nada foi alterado no Zoho.
err-fix-logo-backup-failed = Verifique se a sua pasta de dados tem espaço e permite gravação e tente novamente.

## Where the sign-in is kept (a notice shown once), and the keychain's causes inside
## err-store-keychain-unusable and err-store-keychain-failed.
err-store-file-notice = Seu login é guardado { $location }, que só você pode ler, { $reason ->
    [asked] como pede ZOHO_ORG_VIEWER_STORE=file
   *[no_keychain] porque este computador não tem um chaveiro do sistema utilizável
}.
err-store-cause-locked = ele está bloqueado ou não permitiu que o Org Viewer o usasse
err-store-cause-timeout = ele não respondeu em { $duration }
err-store-trouble-ambiguous = ele contém mais de uma entrada do Org Viewer
err-store-trouble-too-long = a entrada ultrapassa o limite de { $limit } caracteres
err-store-trouble-not-text = uma entrada do Org Viewer não é um texto legível
err-store-trouble-vanished = uma entrada desapareceu enquanto era lida
err-store-trouble-stopped = a tarefa que se comunicava com ele parou inesperadamente

## Problems of other screens that the window shows the same way.

## The command line's error line (one line on stderr). `zoho-org-viewer login` and
## ZOHO_ORG_VIEWER_REDIRECT_PORT are a command and a setting: never translate them.
err-cli-fix-login-again = Execute `zoho-org-viewer login` para fazer login novamente.
err-cli-fix-ports = { $fix } Ou defina ZOHO_ORG_VIEWER_REDIRECT_PORT como uma porta livre cujo URI de redirecionamento esteja registrado para o cliente.

## The client form (under its fields) and the command line's setup: what is wrong with a
## client ID or secret typed or pasted. "1000." is how every client ID starts: keep it.
## $expected and $length are numbers of characters.
err-client-id-empty = Digite o Client ID do console de API do Zoho.
err-client-id-spaces = O Client ID não pode conter espaços nem quebras de linha. Copie-o novamente do console de API do Zoho.
err-client-id-is-secret = Isto parece ser o Client Secret. Cole aqui o Client ID: ele começa com "1000.".
err-client-id-prefix = Um Client ID do Zoho começa com "1000.". Copie-o novamente do console de API do Zoho.
err-client-id-characters = Depois de "1000.", um Client ID do Zoho tem apenas letras maiúsculas e dígitos. Copie-o novamente do console de API do Zoho.
err-client-id-length = Um Client ID do Zoho tem { $expected } caracteres depois de "1000.", mas este tem { $length }. Verifique se ele foi copiado por inteiro.
err-client-secret-empty = Digite o Client Secret do console de API do Zoho.
err-client-secret-spaces = O Client Secret não pode conter espaços nem quebras de linha. Copie-o novamente do console de API do Zoho.
err-client-secret-is-id = Isto parece ser o Client ID. Cole aqui o Client Secret: é o código mais longo, de letras e dígitos.
err-client-secret-characters = Um Client Secret do Zoho tem apenas os dígitos de 0 a 9 e as letras de a a f. Copie-o novamente do console de API do Zoho.
err-client-secret-length = Um Client Secret do Zoho tem { $expected } caracteres, mas este tem { $length }. Verifique se ele foi copiado por inteiro.

## The logo panel when a logo cannot be drawn. $format is a file format such as SVG;
## $detail the size, such as "11000 × 11000 pixels".
err-preview-unsupported = O aplicativo não consegue mostrar imagens { $format }, mas você pode salvar o logotipo e abri-lo em outro programa.
err-preview-too-large = O logotipo é grande demais para ser mostrado ({ $detail }); você ainda pode salvá-lo.
err-preview-damaged = O arquivo do logotipo está danificado e não pode ser mostrado; você ainda pode salvá-lo.
err-cli-sign-in-revoked = { $error } O login de { $org } foi removido deste computador; execute `zoho-org-viewer login` para fazer login nela novamente.
err-cli-some-orgs-failed = Não foi possível buscar { $failed } de { $total } organizações; veja as linhas acima.
err-cli-no-client = Nenhum cliente do Zoho está configurado para fazer login. Crie um cliente Server-based no console de API do Zoho (https://api-console.zoho.com) com o URI de redirecionamento { $redirect_uris } e depois defina ZOHO_CLIENT_ID e ZOHO_CLIENT_SECRET com o Client ID e o Client Secret dele.
err-cli-not-signed-in = Você não está conectado a nenhuma organização neste computador. Execute `zoho-org-viewer login` primeiro.
err-cli-no-logo = Sua organização não tem logotipo no Zoho CRM, por isso nenhum arquivo foi gravado.
err-cli-out-is-folder = { $path } é uma pasta. Informe um nome de arquivo para o logotipo, como { $example }.
err-cli-save-logo = Não foi possível salvar o logotipo em { $path }: { $cause }. Verifique se a pasta existe e se você pode gravar nela; nada foi gravado.
err-cli-revoke-failed = Você saiu de { $org } neste computador, mas não foi possível pedir ao Zoho que revogasse o login. { $reason } O aplicativo ainda pode ter acesso no Zoho até que você o remova lá: faça login na sua conta do Zoho, abra Sessões e depois Aplicativos conectados, e remova o Org Viewer.
err-cli-forget-failed = { $revoked ->
    [yes] O Zoho revogou o acesso do aplicativo,
   *[no] Não foi possível pedir ao Zoho que revogasse o login,
} mas não foi possível remover o login de { $org } deste computador: { $error } Corrija isso e execute o comando novamente.
err-cli-read-picture = Não foi possível ler { $path }: { $cause }. Verifique o nome do arquivo; o logotipo não foi alterado.
err-cli-picture = { $path } não pode ser o logotipo: { $why }. O logotipo não foi alterado.
err-cli-one-org-only = logo --out salva o logotipo de uma organização; informe um único --org.
err-cli-some-logos-unchanged = O logotipo de { $failed } de { $total } organizações não foi alterado; veja as linhas acima.
err-cli-nothing-to-do = Diga o que fazer com o logotipo: --out FILE, --set FILE ou --remove.
err-cli-runtime = Não foi possível iniciar o trabalho em segundo plano do comando ({ $cause }). Feche alguns programas e tente novamente.
err-cli-window = Não foi possível abrir a janela do aplicativo ({ $detail }). Verifique se você está em uma sessão de área de trabalho e se o driver de vídeo é compatível com OpenGL 2 ou posterior; os comandos (login, org, logo, logout) funcionam sem janela.
err-cli-choose-org = { $error } Indique uma destas pelo ID, pelo domínio ou por uma parte do nome que corresponda só a ela: { $choices }.
err-cli-org-choice = { $name } (ID { $id })
err-store-none-signed-in = Você não está conectado a nenhuma organização neste computador.
err-store-no-match = Nenhuma organização conectada corresponde a "{ $query }".
err-store-ambiguous = "{ $query }" corresponde a mais de uma organização conectada.

## Why a saved file cannot be used: a clause after a colon (err-store-damaged-file,
## err-store-damaged-org-list, err-store-corrupt).
err-damaged-not-json = o conteúdo não é JSON válido (linha { $line }, coluna { $column })
err-damaged-not-object = o conteúdo não é um objeto JSON
err-damaged-no-version = falta a versão do formato
err-damaged-version-not-number = a versão do formato não é um número
err-damaged-cut-short = o conteúdo está incompleto
err-damaged-unreadable = não foi possível ler o conteúdo
err-damaged-missing-entry = falta uma entrada obrigatória (campo ausente { $field })
err-damaged-wrong-kind = uma entrada tem um valor do tipo errado
err-damaged-too-large = o arquivo é grande demais
err-damaged-not-text = o arquivo não contém texto
err-damaged-symbolic-link = o arquivo é um link simbólico, que o Org Viewer não segue
err-damaged-not-a-file = não é um arquivo comum (é uma pasta, um pipe nomeado ou um dispositivo)
err-damaged-newer-file = ele vem de uma versão mais nova do Org Viewer (formato { $version })
err-damaged-newer-list = ela foi gravada por uma versão mais nova do aplicativo ({ $version })
err-damaged-not-encoded = não foi possível codificar os dados
err-damaged-empty-client-id = o Client ID está vazio
err-damaged-empty-client-secret = o Client Secret está vazio
err-damaged-empty = { $name ->
    [refresh] o token de atualização está vazio
    [accounts] o endereço do servidor de contas está vazio
   *[api] o domínio da API está vazio
}
err-damaged-expiry = a validade do token de acesso está fora do intervalo
err-damaged-not-address = { $name ->
    [accounts] o endereço do servidor de contas não é um endereço da web
   *[api] o domínio da API não é um endereço da web
}
err-damaged-no-org-id = o Zoho enviou a organização sem o ID dela

## A crash: printed as the app stops, and shown once at the next start.
err-crash-reported = O Org Viewer parou por causa de um erro interno. Há um relatório em { $file }.
err-crash-unreported = O Org Viewer parou por causa de um erro interno (não foi possível gravar o relatório: { $error }).
err-crash-last-time = O Org Viewer fechou inesperadamente da última vez. Se acontecer de novo, informe o problema e anexe { $file }.

## Logo changes.
err-logo-changed-done = O logotipo de { $org } foi alterado.
err-logo-removed-done = O logotipo de { $org } foi removido.
err-choose-logo-title = Escolher um novo logotipo
err-pictures-filter = Imagens
err-unknown-format = Formato desconhecido

## What fitting a picture to Zoho's logo limits did (follows ui-picture-was, cli-picture-was).
err-fit-sent-as-is = enviada como está ({ $format }, { $sent }, { $size })
err-fit-converted = convertida de { $from } para { $to }, { $sizes }
err-fit-re-encoded = recodificada como { $format }, { $sizes }
err-fit-scaled = reduzida de { $original } para { $sent }, { $sizes }
## Why: a sentence; in the window its first letter is lowered unless it starts with "Zoho".
err-fit-within-limits = Ela está dentro dos limites do Zoho (1 MB e 10 megapixels).
err-fit-format-not-taken = Pelo que se sabe, o Zoho só aceita logotipos PNG, JPEG e GIF.
err-fit-too-heavy = O Zoho aceita logotipos de no máximo 1 MB.
err-fit-too-many-pixels = O Zoho aceita logotipos de no máximo 10 megapixels e 1 MB.
err-fit-still-too-heavy = O Zoho aceita logotipos de no máximo 1 MB, e recodificar não bastou.
