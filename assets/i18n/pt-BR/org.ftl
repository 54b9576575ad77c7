# The organization screen, the switcher, the overview, compare and the exports (PDF, CSV).
# Placeholders hold Zoho's data (company names, values) or numbers; never translate those.

## Field values and labels (organization screen, Copy all, the command line's `org`, the PDF)

org-value-not-set = Não definido
org-value-on = Ativado
org-value-off = Desativado
org-value-role-hierarchy = Hierarquia de funções
org-value-reporting-to-hierarchy = Hierarquia de subordinação
org-value-cut = { $start }… ({ $count } caracteres no total; Copiar copia todos)
org-rows-not-shown = Mais { $count } campos não são mostrados aqui; Copiar tudo e Copiar como JSON incluem todos.
org-untitled = Organização do Zoho CRM
org-readable-title = { $name } ({ $environment })
org-readable-line = { $label }: { $value }

org-environment-production = Produção
org-environment-sandbox = Sandbox
org-environment-developer = Desenvolvedor
org-environment-bigin = Bigin
org-environment-production-short = Prod.
org-environment-sandbox-short = Sandbox
org-environment-developer-short = Dev.
org-environment-bigin-short = Bigin

org-section-company = Empresa
org-section-contact = Contato
org-section-address = Endereço
org-section-locale = Localidade e moeda
org-section-licence = Licença
org-section-identifiers = Identificadores
org-section-settings = Configurações
org-section-other = Outros

org-field-company-name = Nome da empresa
org-field-alias = Alias
org-field-description = Descrição
org-field-environment = Ambiente
org-field-employees = Funcionários
org-field-created = Criada em
org-field-primary-email = E-mail principal
org-field-phone = Telefone
org-field-mobile = Celular
org-field-fax = Fax
org-field-website = Site
org-field-street = Rua
org-field-city = Cidade
org-field-state-or-province = Estado ou província
org-field-postal-code = CEP
org-field-country = País
org-field-country-code = Código do país
org-field-time-zone = Fuso horário
org-field-currency = Moeda
org-field-currency-code = Código da moeda
org-field-currency-symbol = Símbolo da moeda
org-field-currency-locale = Localidade da moeda
org-field-multiple-currencies = Várias moedas
org-field-edition = Edição
org-field-paid-plan = Plano pago
org-field-paid-plan-ends = Fim do plano pago
org-field-user-licences = Licenças de usuário
org-field-portal-user-licences = Licenças de usuário do portal
org-field-trial = Avaliação
org-field-trial-ends = Fim da avaliação
org-field-what-happens-after-the-trial = O que acontece após a avaliação
org-field-licence-details = Detalhes da licença
org-field-organization-id = ID da organização
org-field-domain-name = Nome de domínio
org-field-primary-user-id-zuid = ID do usuário principal (ZUID)
org-field-group-id-zgid = ID do grupo (ZGID)
org-field-encrypted-group-id = ID do grupo criptografado
org-field-zia-portal-id = ID do portal Zia
org-field-zia-group-id = ID do grupo Zia
org-field-logo-file-id = ID do arquivo do logotipo
org-field-google-workspace-integration = Integração com o Google Workspace
org-field-translation = Tradução
org-field-privacy-settings = Configurações de privacidade
org-field-hipaa-compliance = Conformidade com a HIPAA
org-field-lite-users = Usuários Lite
org-field-account-can-be-deleted = A conta pode ser excluída
org-field-connected-apps-oauth = Aplicativos conectados (OAuth)
org-field-records-per-page-at-most = Máximo de registros por página
org-field-call-icon = Ícone de chamada
org-field-hierarchy = Hierarquia
org-field-strictly-reporting = Subordinação estrita
org-field-check-in-restricted-for = Check-in restrito para
org-field-check-in = Check-in

org-alert-plan-expired = Plano expirado
org-alert-plan-ends = { $days ->
    [1] O plano termina em menos de um dia
   *[other] O plano termina em { $days } dias
}
org-alert-trial-ends = { $days ->
    [1] A avaliação termina em menos de um dia
   *[other] A avaliação termina em { $days } dias
}
org-alert-trial-ended = Avaliação encerrada
org-alert-plan-hint = O plano pago termina em: { $date }
org-alert-trial-hint = A avaliação termina em: { $date }

org-file-size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
org-file-size-kb = { $size } KB
org-file-size-mb = { $size } MB

## Export… on the organization screen (the worker's answers, the save dialog)

org-export-nothing = Ainda não há nada para exportar.
org-export-nothing-resolution = Atualize para buscar a organização e exporte novamente.
org-export-pdf-failed = Não foi possível gerar o PDF.
org-export-pdf-failed-resolution = Tente novamente; se continuar falhando, exporte como JSON e relate o problema.
org-export-not-saved = Não foi possível salvar a exportação em { $path }.
org-export-not-saved-resolution = Escolha outra pasta e tente novamente.
org-export-pdf-dialog = Exportar como PDF
org-export-json-dialog = Exportar como JSON

## Export… on the overview

org-overview-export-nothing = Não há nenhuma organização para exportar.
org-overview-export-nothing-resolution = Faça login em uma organização e exporte novamente.
org-overview-export-not-saved = Não foi possível salvar a visão geral em { $path }.
org-overview-export-dialog = Exportar visão geral como CSV
org-overview-export-file-name = Organizações do Zoho.csv

## The PDF export (Export… → PDF document…)

org-pdf-kind = { $environment } · Organização do Zoho CRM
org-pdf-title = { $name }: organização do Zoho CRM
org-pdf-page = Página { $page } de { $pages }
org-pdf-value-cut = { $start }… ({ $count } caracteres no total; a exportação em JSON tem todos)
org-export-file-name = Organização { $company }.{ $extension }
org-export-file-name-untitled = Organização do Zoho.{ $extension }
org-fetched = Buscado em { $when }

## The overview (every signed-in organization in one table)

org-overview-column-name = Organização
org-overview-column-environment = Ambiente
org-overview-column-data-centre = Data center
org-overview-column-edition = Edição
org-overview-column-paid = Paga ou avaliação
org-overview-column-expiry = Fim do plano ou da avaliação
org-overview-column-users = Usuários
org-overview-column-time-zone = Fuso horário
org-overview-column-currency = Moeda
org-overview-column-fetched = Última busca
org-overview-column-state = Estado
org-overview-sort-by = Ordenar por { $column ->
    [name] organização
    [environment] ambiente
    [data-centre] data center
    [edition] edição
    [paid] paga ou avaliação
    [expiry] fim do plano ou da avaliação
    [users] usuários
    [time-zone] fuso horário
    [currency] moeda
    [fetched] última busca
   *[state] estado
}
org-overview-paid = Paga
org-overview-trial = Avaliação
org-overview-free = Gratuita
org-overview-expiry-alert = { $date } ({ $alert })

org-state-fresh = Atualizada
org-state-refreshing = Atualizando
org-state-saved = Salva
org-state-not-fetched = Não buscada
org-state-offline = Offline
org-state-problem = Problema
org-state-fresh-sentence = Em dia: buscada no Zoho desde que o aplicativo foi iniciado.
org-state-refreshing-sentence = Sendo buscada no Zoho agora.
org-state-saved-sentence = Salva da sua última visita; atualize para buscá-la no Zoho.
org-state-not-fetched-sentence = Ainda não buscada: atualize para buscá-la no Zoho.
org-state-offline-sentence = Não foi possível acessar o Zoho: mostrando dados salvos. Verifique a conexão e atualize.
org-state-problem-sentence = { $summary } { $resolution }
org-state-stale = A última atualização não funcionou.
org-state-stale-resolution = Atualize novamente.
org-state-label = { $word }: { $sentence }
org-state-problem-tooltip = { $sentence } Clique para ver os detalhes.
org-copy-details = Copiar detalhes

org-overview-title = Visão geral
org-overview-count = { $count ->
    [one] { $count } organização
   *[other] { $count } organizações
}
org-overview-search-hint = Nome, ID, domínio, data center
org-overview-search = Pesquisar organizações
org-overview-search-tooltip = Mostrar as organizações cujo nome, ID, domínio ou data center contém este texto
org-overview-refresh-all-button = ⟳ Atualizar todas
org-overview-refresh-all = Atualizar todas
org-overview-refresh-all-tooltip = Buscar todas as organizações novamente, de uma vez (F5)
org-refreshing = Atualizando…
org-overview-copy-table = Copiar tabela
org-overview-copy-table-tooltip = Copiar as linhas exibidas, separadas por tabulações, para colar em uma planilha
org-export-button = Exportar…
org-overview-export-tooltip = Salvar a linha de cada organização em um arquivo CSV
org-overview-no-match = Nenhuma organização corresponde. Esvazie a caixa de pesquisa para ver todas.
org-overview-column-logo = Logotipo
org-overview-open-tooltip = Abrir esta organização
org-overview-open = Abrir { $name }

## The organization screen's header and actions

org-caveat-cached = Da sua última visita
org-caveat-offline = Offline: mostrando dados salvos
org-caveat-stale = Desatualizado: mostrando dados salvos
org-caveat-fetched = { $caveat } · { $fetched }
org-your-organization = Sua organização
org-logo-alt = Logotipo da organização
org-copy-all = Copiar tudo
org-copy-all-tooltip = Copiar todos os valores como texto legível
org-copy-json = Copiar como JSON
org-copy-json-tooltip = Copiar os dados do Zoho exatamente como foram enviados
org-sign-out = Sair…
org-sign-out-tooltip = Sair e esquecer o login neste computador
org-refresh-button = ⟳ Atualizar
org-refresh = Atualizar
org-refresh-tooltip = Buscar a organização novamente (F5)
org-exported-to = Exportado para { $path }
org-open-folder = Abrir pasta
org-open-folder-tooltip = Mostrar o arquivo exportado no gerenciador de arquivos
org-export-tooltip = Salvar os detalhes da organização em um arquivo
org-export-pdf = Documento PDF…
org-export-pdf-tooltip = Uma página legível para imprimir ou anexar a um chamado de suporte
org-export-json = Arquivo JSON…
org-export-json-tooltip = Os dados do Zoho com todos os campos, exatamente como foram enviados

## The filter box above the sections

org-filter = Filtrar campos
org-filter-tooltip = Mostrar os campos cujo nome ou valor contém este texto (Ctrl+F)
org-filter-no-match = Nenhum campo corresponde. Pressione Esc na caixa de filtro para ver todos os campos.
org-filter-matches = { $count ->
    [one] { $count } campo corresponde
   *[other] { $count } campos correspondem
}
org-section-no-match = Nenhum campo correspondente
org-section-show = Mostrar
org-section-show-tooltip = Mostrar estes campos mesmo assim
org-section-hide = Ocultar
org-section-hide-tooltip = Recolher estes campos novamente
org-section-show-name = Mostrar { $section }
org-section-hide-name = Ocultar { $section }

## The switcher (the list of signed-in organizations down the left, or a menu in the top bar)

org-switcher-menu = Trocar de organização (exibindo { $name })
org-switcher-heading = Organizações
org-switcher-unfold = Mostrar os nomes das organizações
org-switcher-fold = Mostrar apenas os logotipos das organizações
org-switcher-sign-out = Sair desta organização…
org-switcher-overview-tooltip = Todas as organizações em uma tabela
org-switcher-compare-tooltip = Duas organizações lado a lado
org-switcher-compare-disabled = Adicione uma segunda organização para comparar duas
org-switcher-add-button = + Adicionar uma organização…
org-switcher-add = Adicionar uma organização…
org-switcher-add-tooltip = Fazer login novamente e escolher outra organização na página do Zoho
org-switcher-entry = { $name }: { $details }
org-switcher-environment-data-centre = { $environment }, data center { $data_centre }
org-switcher-environment = { $environment }
org-switcher-data-centre = data center { $data_centre }
org-switcher-entry-tooltip =
    { $name }
    { $details }
org-switcher-entry-tooltip-shortcut =
    { $name }
    { $details }
    Ctrl+{ $number }
org-switcher-entry-name = { $name }
org-switcher-entry-name-shortcut =
    { $name }
    Ctrl+{ $number }

org-add-title = Adicionar uma organização
org-add-text = A página de login do Zoho abre no seu navegador: nela, escolha na lista das suas organizações a que deseja adicionar e permita o acesso.
org-add-continue = Continuar no navegador
org-sign-out-all-title = { $count ->
    [one] Sair da organização?
   *[other] Sair de todas as { $count } organizações?
}
org-sign-out-all-text = O aplicativo esquece todos os logins neste computador e pede ao Zoho que os encerre. Você pode fazer login novamente a qualquer momento.
org-sign-out-all-confirm = Sim, sair de todas

## Compare (two organizations side by side)

org-compare-title = Comparar
org-compare-with = com
org-compare-first = Primeira organização
org-compare-second = Segunda organização
org-compare-pick = Escolha duas organizações cujos detalhes já foram buscados. Atualize uma organização para buscá-la.
org-compare-count = { $count ->
    [0] Nenhuma diferença
    [one] { $count } diferença
   *[other] { $count } diferenças
}
org-compare-only-differences = Mostrar só as diferenças
org-compare-copy = Copiar diferenças
org-compare-copy-tooltip = Copiar os campos diferentes, separados por tabulações
org-compare-identifiers-note = Os identificadores sempre diferem entre duas organizações: são exibidos, mas não contados.
org-compare-field = Campo
org-compare-copied-field = { $section }: { $label }
org-compare-always-differs = { $label } (sempre difere)
org-compare-differs = { $label } difere: { $value }
