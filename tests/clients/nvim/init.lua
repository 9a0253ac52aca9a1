-- Headless Neovim (0.7, its built-in LSP client) against `topo lsp`:
--
--   TOPO_LSP_ROOT=<copy of examples/datacenter> TOPO_LSP_CMD='["dotnet","topo.dll","lsp"]' \
--   TOPO_LSP_RESULT=<file> TOPO_LSP_FORMATTED=<file> nvim --headless --clean -u tests/clients/nvim/init.lua
--
-- Opens datacenter.topo, checks diagnostics (none, then TOPO2001 after an edit), hover,
-- definition across the import and formatting, and writes one "ok"/"not ok" line per check to
-- TOPO_LSP_RESULT, then "done". TOPO_LSP_FORMATTED holds what `topo fmt` makes of the text the
-- formatting check starts from. Never hangs: every wait has a timeout, and the whole run 90 s.

local root = os.getenv('TOPO_LSP_ROOT')
local result_path = os.getenv('TOPO_LSP_RESULT')
local cmd = vim.fn.json_decode(os.getenv('TOPO_LSP_CMD'))
local formatted_path = os.getenv('TOPO_LSP_FORMATTED')
local lines_out = {}

local function finish()
  table.insert(lines_out, 'done')
  local file = io.open(result_path, 'w')
  file:write(table.concat(lines_out, '\n') .. '\n')
  file:close()
  vim.cmd('qall!')
end

local function check(name, ok, detail)
  if ok then
    table.insert(lines_out, 'ok - ' .. name)
  else
    table.insert(lines_out, 'not ok - ' .. name .. ': ' .. vim.inspect(detail):gsub('\n', ' '):sub(1, 400))
  end
end

vim.defer_fn(function()
  table.insert(lines_out, 'not ok - the session did not finish in 90 s')
  finish()
end, 90000)

local entry = root .. '/datacenter.topo'
local uri = vim.uri_from_fname(entry)
local published = {}
local initialized = false

local client_id = vim.lsp.start_client({
  name = 'topo',
  cmd = cmd,
  root_dir = root,
  on_init = function() initialized = true end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      published[result.uri] = result
    end,
  },
})

-- The (0-based) position of `find` in the buffer, `shift` characters on.
local function position_of(bufnr, find, shift)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = string.find(line, find, 1, true)
    if column then
      return { line = index - 1, character = column - 1 + (shift or 0) }
    end
  end
  error(find .. ' is not in the buffer')
end

local function request(bufnr, method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 15000)
  local response = responses and responses[client_id]
  if response == nil then return nil, 'no answer' end
  return response.result, response.err
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(entry))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  vim.wait(30000, function() return initialized and published[uri] ~= nil end, 50)
  check('the datacenter example opens with no diagnostics', published[uri] ~= nil and #published[uri].diagnostics == 0, published[uri])

  local params = { textDocument = { uri = uri }, position = position_of(bufnr, 'host kvm-01', 6) }
  local hover, err = request(bufnr, 'textDocument/hover', params)
  local value = hover and hover.contents and hover.contents.value or ''
  check('hover on kvm-01 shows its vCPUs and memory in use against available', string.find(value, '28 in use of 512 available', 1, true) ~= nil, err or hover)

  params = { textDocument = { uri = uri }, position = position_of(bufnr, 'nic web', 5) }
  local definition, err2 = request(bufnr, 'textDocument/definition', params)
  local target = definition and definition[1] and definition[1].uri or ''
  check('definition of the network of `nic web` is in common/networks.topo', target == vim.uri_from_fname(root .. '/common/networks.topo'), err2 or definition)

  -- An edit through the buffer: Neovim sends the change, the server re-checks and publishes.
  local features = position_of(bufnr, 'features [vmx, ept, vpid, vt-d, aes, avx2, avx512f, sse4_2, x2apic]', 0)
  published[uri] = nil
  vim.api.nvim_buf_set_lines(bufnr, features.line, features.line + 1, false, { '    features [ept]' })
  vim.wait(15000, function() return published[uri] ~= nil end, 50)
  local codes = {}
  for _, diagnostic in ipairs(published[uri] and published[uri].diagnostics or {}) do table.insert(codes, diagnostic.code) end
  check('an edit that drops vmx publishes TOPO2001', vim.tbl_contains(codes, 'TOPO2001'), codes)
  local shown = vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.ERROR })
  check('Neovim shows the error in the buffer', #shown > 0, shown)

  published[uri] = nil
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, { 'host h {   memory 1 GiB', ' cpu intel { cores 2 } }' })
  vim.wait(15000, function() return published[uri] ~= nil end, 50)
  local edits, err3 = request(bufnr, 'textDocument/formatting', { textDocument = { uri = uri }, options = { tabSize = 2, insertSpaces = true } })
  if edits then vim.lsp.util.apply_text_edits(edits, bufnr, 'utf-16') end
  local expected = table.concat(vim.fn.readfile(formatted_path), '\n')
  local actual = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  check('formatting rewrites the buffer in the canonical layout', actual == expected, err3 or actual)

  vim.lsp.stop_client(client_id)
  finish()
end

local ok, problem = pcall(run)
if not ok then
  table.insert(lines_out, 'not ok - the script failed: ' .. tostring(problem))
  finish()
end
