# The window's own words: the top bar and its menu, the welcome, client-form and sign-in screens,
# the logo panel and its change dialog, the save prompt, the status area and About.
# "Zoho", "Zoho CRM" and "Org Viewer" are product names: keep them as they are.

## Top bar and menu (☰). Menu entries are short; one that opens a window ends in "…".

ui-menu = ☰ Menu
ui-app-icon = Ícone do aplicativo
ui-demo-badge = Demo
ui-appearance = Aparência
ui-theme-system = Igual ao sistema
ui-theme-light = Claro
ui-theme-dark = Escuro
ui-organizations = Organizações
ui-add-organization = Adicionar uma organização…
ui-sign-out-this = Sair desta organização…
ui-sign-out-all = Sair de todas…
ui-about = Sobre o Org Viewer…

## About window.

ui-app-icon-large = Ícone do Org Viewer
ui-version = Versão { $version }
ui-about-text = Mostra os detalhes e o logotipo da sua organização do Zoho CRM. Ele apenas lê os dados, exceto o logotipo quando você o altera, com uma permissão única do Zoho que é esquecida ao terminar.
ui-help-link = Ajuda para usar o aplicativo
ui-sign-in-kept-in = Seu login é guardado { $place }.
ui-open-data-folder = Abrir pasta de dados
ui-not-by-zoho = Não é feito pelo Zoho. Zoho e Zoho CRM são marcas registradas da Zoho Corporation.
ui-close = Fechar
# pt-BR: holds its preposition ("no chaveiro"), like err-store-location; the sentences around it have none.
ui-system-keychain = no chaveiro do sistema

## Waiting screens (a spinner with one line).

ui-starting = Iniciando…
ui-loading-org = Carregando sua organização…

## Status area at the bottom of the window.

ui-ready = Pronto
ui-done = ✔ { $text }
ui-problem-line = ⚠ { $text }
ui-notice = { $text }
ui-details-show = Detalhes
ui-details-hide = Ocultar detalhes
ui-copy-details = Copiar detalhes
ui-close-message-hover = Fechar esta mensagem
ui-close-message = Fechar mensagem

## Status messages. { $name } is a company name from Zoho; { $path } a file path.

ui-signed-in-again = Conectado novamente a { $name }
ui-added-org = { $name } foi adicionada
ui-logo-copied = Logotipo copiado para a área de transferência
ui-signed-out = Você saiu
ui-demo-notice = Demo: você está fazendo login em um Zoho simulado neste computador.
ui-demo-left = Você saiu da demonstração
ui-logo-saved = Logotipo salvo em { $path }
ui-export-saved = { $format } salvo em { $path }
ui-overview-saved = Visão geral salva em { $path }
ui-copying-logo = Copiando o logotipo…
ui-signing-out = Saindo…
ui-bad-sign-in-address = Não foi possível ler o endereço de login.
ui-reinstall = Reinstale o aplicativo.

## Sign-out confirmation. { $name } is a company name from Zoho.

ui-sign-out-title = Sair de { $name }?
ui-this-organization = esta organização
ui-sign-out-body = O aplicativo esquece o login desta organização neste computador e pede ao Zoho que o encerre. As outras organizações continuam conectadas. Você pode fazer login novamente a qualquer momento.
ui-sign-out-confirm = Sim, sair

## Shared buttons.

ui-cancel = Cancelar
ui-copy = Copiar
ui-copied = ✔ Copiado
ui-copy-what = Copiar { $what }
ui-copied-what = Copiado: { $what }

## Screen for an org that could not be loaded.

ui-load-failed-title = Não foi possível carregar a organização
ui-load-failed-body = O que aconteceu e o que fazer aparecem na parte inferior da janela.
ui-try-again = Tentar novamente
ui-sign-out = Sair…

## Welcome screen.

ui-region-global = Todos os lugares, exceto a China
ui-region-china = China (zoho.com.cn)
ui-welcome-tagline = Veja os detalhes e o logotipo da sua organização, copie qualquer valor e salve o logotipo.
ui-sign-in-with-zoho = Fazer login com o Zoho
ui-browser-opens = Seu navegador abre a página de login do Zoho. O aplicativo nunca vê sua senha.
ui-account-in = Conta do Zoho em
ui-no-account = Não tem uma conta do Zoho à mão?
ui-try-demo = Experimentar a demonstração
ui-try-demo-hover = Abre o aplicativo com uma organização simulada; não é preciso ter conta
ui-change-client = Alterar o cliente do Zoho…
ui-in-demo = Você está na demonstração. Ela faz login em um Zoho simulado neste computador; não é preciso ter conta.
ui-demo-sign-in-again = Fazer login na demonstração novamente
ui-leave-demo = Sair da demonstração
ui-leave-demo-hover = Voltar às suas próprias organizações do Zoho

## Signing-in screen (waiting for the browser).

ui-waiting-sign-in = Aguardando você fazer login
ui-sign-in-page-open = A página de login do Zoho está aberta no seu navegador. Faça login lá e permita o acesso; depois, volte aqui.
ui-preparing-sign-in = Preparando o login…
ui-time-left = Tempo restante: { $left }
ui-open-sign-in-again = Abrir a página de login novamente
ui-browser-did-not-open = O navegador não abriu? Copie este endereço no seu navegador:
ui-sign-in-address = endereço de login

## Client form: connecting the app to Zoho. Zoho's API console terms (Add client,
## Server-based Applications, Authorized redirect URIs, Client ID, Client Secret) are the
## words on Zoho's page: use the ones Zoho's console shows in this language.

ui-connect-title = Conectar o aplicativo ao Zoho
ui-connect-intro = O Zoho precisa conhecer este aplicativo antes que você possa fazer login. Isso leva cerca de dois minutos e é feito uma única vez.
ui-step-console = Abra o console de API do Zoho e faça login:
ui-step-add-client = Escolha Add Client e depois Server-based Applications. Qualquer nome e o site da sua empresa servem.
ui-step-redirect = Em Authorized Redirect URIs, adicione cada um destes exatamente como está escrito:
ui-redirect-uri = URI de redirecionamento { $uri }
ui-redirect-ports = O aplicativo só usa o segundo e o terceiro quando outro programa está usando a primeira porta.
ui-step-create = Crie o cliente e depois copie aqui o Client ID e o Client Secret dele:
ui-client-id = Client ID
ui-client-id-hint = Cole o Client ID do Zoho
ui-client-secret = Client Secret
ui-client-secret-hint = Cole o Client Secret do Zoho
ui-show = Mostrar
ui-save-and-sign-in = Salvar e fazer login
ui-back = Voltar
ui-try-demo-instead = Experimentar a demonstração
ui-secret-kept-in = O Client Secret é guardado { $place }.

## Save prompt (when the system offers no file chooser, or a file exists).

ui-save-logo-title = Salvar logotipo
ui-export-pdf-title = Exportar como PDF
ui-export-json-title = Exportar como JSON
ui-export-overview-title = Exportar visão geral como CSV
ui-file-exists = Já existe um arquivo chamado "{ $name }" nesse local. Deseja substituí-lo?
ui-replace = Substituir
ui-choose-another-name = Escolher outro nome
ui-type-where = Este computador não ofereceu o seletor de arquivos de costume, então digite aqui onde { $what ->
        [logo] o logotipo
       *[file] o arquivo
    } deve ser salvo. Pastas que ainda não existem são criadas.
ui-save-as = Salvar como
ui-save = Salvar

## Logo panel on the org screen.

ui-logo-heading = Logotipo
ui-org-logo = Logotipo da organização
ui-loading-logo = Carregando o logotipo…
ui-no-logo-yet = Esta organização não tem logotipo.
ui-logo-failed = Não foi possível carregar o logotipo. Atualize para tentar novamente.
ui-copy-image = Copiar imagem
ui-copy-image-hover = Colocar a imagem na área de transferência
ui-save-logo = Salvar logotipo…
ui-save-logo-hover = Salvar o arquivo do logotipo exatamente como o Zoho o enviou (Ctrl+S)
ui-saved-to = Salvo em { $path }
ui-open-folder = Abrir pasta

## Changing the logo (below the logo panel).

ui-grant-sentence = O Zoho pede uma vez, no seu navegador, permissão para alterar o logotipo; o aplicativo guarda essa permissão só na memória e a esquece quando a alteração termina.
ui-change-logo-button = Alterar logotipo…
ui-change-logo-hover = Escolha uma nova imagem; você vê exatamente o que será enviado antes de qualquer alteração. Você também pode soltar uma imagem na janela ou colar uma.
ui-paste-picture = Colar imagem
ui-paste-picture-hover = Usar a imagem da área de transferência como novo logotipo
ui-remove-logo-button = Remover logotipo…
ui-remove-logo-hover = Remover o logotipo no Zoho CRM; uma cópia é salva antes
ui-fitting = Ajustando a imagem aos limites do Zoho…
ui-new-logo = Novo logotipo
ui-chosen = Escolhida: { $measure }
ui-will-be-sent = Será enviada: { $measure }
ui-change-logo = Alterar logotipo
ui-remove-question = Remover o logotipo desta organização no Zoho CRM? Antes, uma cópia é salva neste computador; você pode restaurá-la em Logotipos anteriores.
ui-remove-confirm = Sim, remover o logotipo
ui-waiting-permission = Aguardando sua permissão no navegador. Na página do Zoho, escolha { $name }.
ui-opening-zoho = Abrindo o Zoho no seu navegador…
ui-backup-saved = O logotipo anterior foi salvo em { $path }.
ui-earlier-logos = Logotipos anteriores ({ $count })
ui-earlier-logos-note = Salvos neste computador antes de cada alteração. Restaurar pede permissão ao Zoho no seu navegador, uma vez.
ui-restore = Restaurar
ui-restore-hover = Tornar este o logotipo novamente
ui-also-change = Alterar também estas organizações da mesma forma:
ui-one-at-a-time = O Zoho dá permissão para uma organização de cada vez, então seu navegador abre uma vez para cada uma destas { $count } organizações, uma após a outra; cada uma recebe a própria cópia do logotipo atual.
ui-now = Agora
ui-after-change = Depois da alteração
ui-logo-now = Logotipo agora
ui-logo-after-change = Logotipo depois da alteração
ui-no-logo = Sem logotipo
ui-sent-as-is = A imagem é enviada como está: { $why }
ui-picture-was = Imagem: { $what }, porque { $why }
ui-fit-why = { $reason ->
    [unchanged] ela está dentro dos limites do Zoho de 1 MB e 10 megapixels.
    [converted] só se sabe que o Zoho aceita logotipos PNG, JPEG e GIF.
    [re-encoded] o Zoho aceita logotipos de no máximo 1 MB.
    [scaled-pixels] o Zoho aceita logotipos de no máximo 10 megapixels e 1 MB.
   *[scaled-bytes] o Zoho aceita logotipos de no máximo 1 MB, e só recodificar não bastou.
}
ui-fit-change = { $change ->
    [converted] convertida de { $from } para { $to }, { $sizes }
    [re-encoded] recodificada como { $to }, { $sizes }
   *[scaled] reduzida de { $from } para { $to }, { $sizes }
}
