# A página que o navegador mostra depois do login no Zoho.

page-signed-in-title = Você está conectado
page-signed-in-message = O Org Viewer for Zoho CRM já pode mostrar sua organização.
page-close-tab = Você pode fechar esta aba e voltar ao aplicativo.
page-write-granted-title = Permissão recebida
page-write-granted-message = O Org Viewer for Zoho CRM está alterando o logotipo agora e esquece a permissão assim que terminar.
page-added-title = { $org } foi adicionada
page-renewed-title = Você está conectado a { $org } novamente
page-added-message = O Org Viewer for Zoho CRM agora mostra { $org }.

page-not-completed-title = O login não foi concluído
page-zoho-code = Código do Zoho: { $code }
page-already-over-title = Este login já terminou
page-already-over-message = Este login já foi usado ou expirou.
page-already-over-next = Volte ao aplicativo; se você não estiver conectado lá, inicie o login novamente.
page-not-found = Não encontrado
