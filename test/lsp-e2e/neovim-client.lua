-- Run by neovim.test.mjs inside `nvim --headless --clean`: attaches the built language server to
-- a copy of the seed article with Neovim's own LSP client (the 0.7 API: vim.lsp.start_client and
-- vim.lsp.buf_attach_client), asks the hover on "Zheng", inserts a quotation nobody is said to
-- have said and waits for the unattributed warning. It writes what it saw as JSON to
-- $NEWS_LSP_RESULT and quits; every wait has a deadline, and an error is written there too.
local server = os.getenv('NEWS_LSP_SERVER')
local article = os.getenv('NEWS_LSP_ARTICLE')
local result_file = os.getenv('NEWS_LSP_RESULT')
local WAIT_MS = tonumber(os.getenv('NEWS_LSP_WAIT_MS') or '15000')
local UNATTRIBUTED = '“This sentence is a quotation that nobody in the article said.”'

local result = { steps = {} }

local function write_result()
  local f = assert(io.open(result_file, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function step(name)
  table.insert(result.steps, name)
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'news-annotate',
    cmd = { 'node', server, '--lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':h'),
    settings = { newsAnnotator = { debounceMs = 50 } },
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')
  step('attached')
  local ok = vim.wait(WAIT_MS, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 50)
  assert(ok, 'the server did not finish initialize within ' .. WAIT_MS .. ' ms')
  step('initialized')

  -- The hover on "Zheng" of "Zheng added" (line 6 of the seed).
  local line_nr, col
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = line:find('Zheng added', 1, true)
    if s then line_nr, col = i - 1, s - 1 break end
  end
  assert(line_nr, '"Zheng added" not found in the article')
  -- LSP columns are UTF-16; the line's bytes before "Zheng" hold curly quotes, so convert.
  local character = vim.str_utfindex(vim.api.nvim_buf_get_lines(bufnr, line_nr, line_nr + 1, false)[1], col)
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = line_nr, character = character + 1 } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, WAIT_MS)
  assert(responses, 'no hover answer within ' .. WAIT_MS .. ' ms')
  for _, r in pairs(responses) do
    if r.result and r.result.contents then result.hover = r.result.contents.value end
    if r.err then result.hoverError = r.err.message end
  end
  step('hover')

  -- A new paragraph after the headline, typed into the buffer: Neovim sends it as a change.
  vim.api.nvim_buf_set_lines(bufnr, 1, 1, false, { UNATTRIBUTED })
  step('inserted')
  ok = vim.wait(WAIT_MS, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'unattributed-quote' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'unattributed-quote') then
        result.warning = { lnum = d.lnum, message = d.message, severity = d.severity, source = d.source }
        return true
      end
    end
    return false
  end, 50)
  if not ok then
    result.diagnostics = vim.tbl_map(function(d) return { lnum = d.lnum, message = d.message } end, vim.diagnostic.get(bufnr))
  end
  step('diagnostics')
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd(ok and 'qall!' or 'cquit 1')
